//! Checks that a stage takes time linear in its input's length.
//!
//! Each check repeats a pathological `unit` to a base size `n` (64 KB, smaller if that is slow)
//! and to `4n` and compares the time
//! per run: it may grow by at most 2.5 per doubling (6.25 over the two doublings), where
//! quadratic work grows by 4 per doubling (16). To be reliable on a loaded two-core machine:
//! - time is the thread's CPU time (where available), so waiting for a core does not count;
//! - each measurement is a batch of runs lasting at least 20 ms, and the best of three batches
//!   counts, with a second try with five before failing;
//! - sizes stay small enough (at most a few hundred KB) that the data stays in cache at both
//!   sizes: a step from cache to main memory would look like super-linear growth;
//! - one check measures at a time (tests run in parallel threads).

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// CPU time of the calling thread (wall-clock time where that is not available).
fn now() -> Duration {
    #[cfg(all(target_os = "linux", target_pointer_width = "64"))]
    {
        #[repr(C)]
        struct Timespec {
            sec: i64,
            nsec: i64,
        }
        extern "C" {
            fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
        }
        const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
        let mut ts = Timespec { sec: 0, nsec: 0 };
        // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
        if unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
            return Duration::new(ts.sec as u64, ts.nsec as u32);
        }
    }
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// Time per run of `run` over `reps` copies of `input`, best of `tries` batches.
fn per_run<T: Clone>(input: &T, reps: usize, tries: usize, run: &impl Fn(T)) -> Duration {
    (0..tries)
        .map(|_| {
            let copies: Vec<T> = (0..reps).map(|_| input.clone()).collect();
            let t = now();
            for c in copies {
                run(std::hint::black_box(c));
            }
            (now() - t) / reps as u32
        })
        .min()
        .unwrap()
}

/// Fails if `run` over `prepare(unit repeated)` takes more than linear time (see the module).
pub fn assert_linear<T: Clone>(
    name: &str,
    unit: &str,
    prepare: impl Fn(String) -> T,
    run: impl Fn(T),
) {
    static LOCK: Mutex<()> = Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let make = |bytes: usize| prepare(unit.repeat(bytes / unit.len() + 1));
    // 64 KB, or less if one run takes over 20 ms there (slow work is seen at any size, and
    // measuring it at 256 KB could take minutes).
    let mut n = 64 << 10;
    let mut small = make(n);
    let mut once = per_run(&small, 1, 1, &run);
    while once > Duration::from_millis(20) && n > 1 << 10 {
        n /= 4;
        small = make(n);
        once = per_run(&small, 1, 1, &run);
    }
    let large = make(4 * n);
    // Enough runs of the small input for a batch of 20 ms.
    let once = once.max(Duration::from_micros(10));
    let reps = (Duration::from_millis(20).as_nanos() / once.as_nanos()).clamp(4, 20_000) as usize;
    let mut per_doubling = f64::MAX;
    for tries in [3, 5] {
        let a = per_run(&small, reps, tries, &run);
        let b = per_run(&large, reps.div_ceil(4), tries, &run);
        per_doubling = (b.as_secs_f64() / a.as_secs_f64().max(1e-9)).sqrt();
        if per_doubling <= 2.5 {
            return;
        }
        eprintln!("{name}: {n} bytes in {a:?}, {} bytes in {b:?} (per run)", 4 * n);
    }
    panic!("{name}: doubling the input multiplied the time by {per_doubling:.1}");
}
