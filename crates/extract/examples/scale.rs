//! Development aid: times one pathological page at growing sizes (best of 5).
fn main() {
    for n in [40_000usize, 80_000, 160_000, 320_000, 640_000] {
        let s = "<td>".to_string() + &"<a href=x>headline link</a><br>".repeat(n / 2);
        let best = (0..5)
            .map(|_| {
                let t = std::time::Instant::now();
                let _ = dossier_extract::extract(&s, None);
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min);
        println!("n={n} {best:.4}s {:.3} us/unit", best * 1e6 / n as f64);
    }
}
