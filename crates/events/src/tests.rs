//! Unit tests of the events stage over short articles of our own writing.

use super::*;

#[test]
fn durations_become_minute_ranges() {
    assert_eq!(minutes("PT50M"), Some(50));
    assert_eq!(minutes("PT1H30M"), Some(90));
    assert_eq!(minutes("P1D"), Some(1440));
    assert_eq!(minutes("P3Y"), None);
    assert_eq!(minutes("PXH"), None);
    assert_eq!(range(60, Some("LESS_THAN")), [45, 60]);
    assert_eq!(range(90, Some("LESS_THAN")), [67, 90]);
    assert_eq!(range(60, Some("MORE_THAN")), [60, 90]);
    assert_eq!(range(50, None), [50, 50]);
}

#[test]
fn dates_of_any_precision_are_compatible_when_one_extends_the_other() {
    assert!(compatible("2024-08", "2024-08-01"));
    assert!(compatible("2024", "2024-08-01"));
    assert!(!compatible("2024-08-02", "2024-08-01"));
    assert!(calendar("2025-06-14") && calendar("2025") && calendar("2025-06"));
    assert!(!calendar("PRESENT_REF") && !calendar("2025-W24") && !calendar("XXXX-06-14"));
}
