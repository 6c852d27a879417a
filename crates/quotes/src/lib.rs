//! Quotations and their speakers (work in progress).
