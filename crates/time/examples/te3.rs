//! Development aid: scores a TimeML directory and lists the errors.
//! `cargo run --release -p dossier-time --example te3 -- DIR [errors]`
fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("DIR");
    let show = args.next().is_some();
    let r = dossier_time::timeml::evaluate(std::path::Path::new(&dir), None).unwrap();
    if show {
        for (d, sys, pairs) in &r.details {
            let ctx = |s: usize, e: usize| {
                let a = d.text[..s].char_indices().rev().nth(30).map(|x| x.0).unwrap_or(0);
                let b = d.text[e..].char_indices().nth(30).map(|x| e + x.0).unwrap_or(d.text.len());
                format!("{}[{}]{}", &d.text[a..s], &d.text[s..e], &d.text[e..b]).replace('\n', " ")
            };
            let gm: std::collections::HashSet<_> = pairs.iter().map(|p| p.0).collect();
            let sm: std::collections::HashSet<_> = pairs.iter().map(|p| p.1).collect();
            for (gi, g) in d.gold.iter().enumerate() {
                if !gm.contains(&gi) {
                    println!(
                        "FN\t{}\t{}\t{}\t{}",
                        g.ty,
                        g.value,
                        d.dct.as_deref().unwrap_or(""),
                        ctx(g.start, g.end)
                    );
                }
            }
            for (si, s) in sys.iter().enumerate() {
                if !sm.contains(&si) {
                    println!("FP\t{}\t{}\t{}", s.ty.as_str(), s.value, ctx(s.start, s.end));
                }
            }
            for &(gi, si) in pairs {
                let (g, s) = (&d.gold[gi], &sys[si]);
                if g.value != s.value {
                    println!(
                        "VAL\t{} {}\tsys {} {}\t{}\t{}",
                        g.ty,
                        g.value,
                        s.ty.as_str(),
                        s.value,
                        d.dct.as_deref().unwrap_or(""),
                        ctx(g.start, g.end)
                    );
                } else if g.start != s.start || g.end != s.end {
                    println!(
                        "EXT\t[{}]\tsys [{}]",
                        &d.text[g.start..g.end],
                        &d.text[s.start..s.end]
                    );
                }
            }
        }
    }
    let m = r.measures;
    println!(
        "docs {} gold {} sys {} | strict P {:.3} R {:.3} F {:.3} | relaxed P {:.3} R {:.3} F {:.3} | value acc {:.3} F1 {:.3} | type F1 {:.3} | {:.1} MB/s",
        r.docs, r.counts.gold, r.counts.system, m.strict_precision, m.strict_recall, m.strict_f1, m.relaxed_precision,
        m.relaxed_recall, m.relaxed_f1, m.value_accuracy, m.value_f1, m.type_f1, r.throughput_mb_s()
    );
}
