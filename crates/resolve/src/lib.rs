//! Entity resolution (work in progress).
