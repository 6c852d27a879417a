//! Times the tagger on a repeated unit at growing sizes: `cargo run --release -p dossier-time
//! --example scaling -- UNIT` (a check for work that grows faster than the text).
use std::time::Instant;

fn main() {
    let unit = std::env::args().nth(1).unwrap_or_else(|| "day ".into());
    let mut reps: usize = std::env::args().nth(2).and_then(|x| x.parse().ok()).unwrap_or(1 << 14);
    for _ in 0..5 {
        let text = unit.repeat(reps);
        let mut n = 0;
        let tag = (0..3)
            .map(|_| {
                let t = Instant::now();
                let mut doc =
                    dossier_document::Document { text: text.clone(), ..Default::default() };
                dossier_time::annotate(&mut doc);
                n = doc.timexes.len();
                t.elapsed()
            })
            .min()
            .unwrap_or_default();
        let t = Instant::now();
        let p = dossier_time::infer_published(&text);
        println!(
            "{:>9} bytes: tag {:?} ({n} found), infer {:?} ({p:?})",
            text.len(),
            tag,
            t.elapsed()
        );
        reps *= 2;
    }
}
