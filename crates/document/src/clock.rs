//! The calling thread's CPU time: what timing tests and the build's stage timings measure, as
//! wall time also counts the moments other processes or threads held the cores. And the cores
//! a one-core throughput is read on, in turn: on shared machines the cores are not equally fast
//! (here one core has been seen running the same code at 60% of the other's speed for hours,
//! its physical core busy with another machine's work), and a thread the scheduler leaves on
//! the slow one reads the host, not the code.

use std::time::Duration;

/// CPU time the calling thread has used so far (zero if the system cannot say).
#[cfg(unix)]
pub fn thread_cpu_time() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid, writable timespec, and CLOCK_THREAD_CPUTIME_ID a clock every
    // supported system has; nothing else is touched.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    if !ok {
        return Duration::ZERO;
    }
    Duration::new(t.tv_sec.max(0) as u64, t.tv_nsec.clamp(0, 999_999_999) as u32)
}

/// Elsewhere, wall time since the first call: close enough on an otherwise idle machine.
#[cfg(not(unix))]
pub fn thread_cpu_time() -> Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

/// The cores this thread may run on (empty where the system cannot say).
#[cfg(target_os = "linux")]
pub fn allowed_cores() -> Vec<usize> {
    // SAFETY: `set` is a valid, writable cpu_set_t of the size passed; pid 0 is this thread.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) != 0 {
            return Vec::new();
        }
        (0..libc::CPU_SETSIZE as usize).filter(|&c| libc::CPU_ISSET(c, &set)).collect()
    }
}

/// Elsewhere the cores are the scheduler's business.
#[cfg(not(target_os = "linux"))]
pub fn allowed_cores() -> Vec<usize> {
    Vec::new()
}

/// Runs `f` with this thread held on `core`, then lets it run anywhere it could before (or
/// simply runs `f` where the thread cannot be held).
#[cfg(target_os = "linux")]
pub fn on_core<T>(core: usize, f: impl FnOnce() -> T) -> T {
    let size = std::mem::size_of::<libc::cpu_set_t>();
    // SAFETY: both sets are valid cpu_set_t values of the size passed; pid 0 is this thread.
    let before = unsafe {
        let mut before: libc::cpu_set_t = std::mem::zeroed();
        let mut only: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(core, &mut only);
        let saved = libc::sched_getaffinity(0, size, &mut before) == 0;
        (saved && libc::sched_setaffinity(0, size, &only) == 0).then_some(before)
    };
    let out = f();
    if let Some(before) = before {
        // SAFETY: as above; `before` is the set read from this thread.
        unsafe { libc::sched_setaffinity(0, size, &before) };
    }
    out
}

/// Elsewhere `f` runs where the scheduler puts it.
#[cfg(not(target_os = "linux"))]
pub fn on_core<T>(_core: usize, f: impl FnOnce() -> T) -> T {
    f()
}

/// The core round `round` of a one-core throughput runs on: the allowed cores in turn, so that
/// the fastest of enough rounds is read on the fastest core; `None` where cores are unknown.
pub fn core_for_round(cores: &[usize], round: usize) -> Option<usize> {
    (!cores.is_empty()).then(|| cores[round % cores.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_time_counts_work_not_sleep() {
        let t0 = thread_cpu_time();
        std::thread::sleep(Duration::from_millis(50));
        let slept = thread_cpu_time() - t0;
        let t1 = thread_cpu_time();
        let mut x = 0u64;
        while thread_cpu_time() - t1 < Duration::from_millis(20) {
            x = std::hint::black_box(x.wrapping_add(1));
        }
        assert!(slept < Duration::from_millis(20), "{slept:?} while sleeping");
        assert!(thread_cpu_time() - t1 >= Duration::from_millis(20));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_thread_held_on_a_core_runs_there_and_is_let_go_after() {
        let cores = allowed_cores();
        assert!(!cores.is_empty());
        let last = *cores.last().unwrap();
        // SAFETY: sched_getcpu takes no arguments and only reads.
        let ran_on = on_core(last, || unsafe { libc::sched_getcpu() });
        assert_eq!(ran_on as usize, last);
        assert_eq!(allowed_cores(), cores, "the thread may run anywhere again");
    }

    #[test]
    fn rounds_take_the_cores_in_turn() {
        assert_eq!(core_for_round(&[0, 1], 0), Some(0));
        assert_eq!(core_for_round(&[0, 1], 3), Some(1));
        assert_eq!(core_for_round(&[], 2), None);
    }
}
