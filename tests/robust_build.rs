//! End-to-end robustness tests (issue 8): see the tests below.

mod common;
