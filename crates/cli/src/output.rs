//! Writing results to standard output.

use std::io::Write;

use serde::Serialize;

/// Writes `value` to standard output as indented JSON and a newline, as it is serialised: a
/// listing of a large store (a hundred megabytes of events) is never held as one string.
pub fn json_pretty<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, value)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

/// A sequence serialised from an iterator made on demand, so that a listing need not be
/// collected first: `Lazy(|| events.iter().map(row))`.
pub struct Lazy<F>(pub F);

impl<F, I> Serialize for Lazy<F>
where
    F: Fn() -> I,
    I: IntoIterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}
