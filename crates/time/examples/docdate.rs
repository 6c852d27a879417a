//! Development aid: infers each TimeML document's date from its text alone and compares it with
//! the DCT. `cargo run --release -p dossier-time --example docdate -- DIR`
fn main() {
    let dir = std::env::args().nth(1).expect("DIR");
    let (mut n, mut some, mut agree) = (0, 0, 0);
    for p in dossier_time::timeml::files(std::path::Path::new(&dir)).unwrap() {
        let d = dossier_time::timeml::parse("x", &std::fs::read_to_string(&p).unwrap()).unwrap();
        let dct = d.dct.clone().unwrap_or_default();
        n += 1;
        if let Some(v) = dossier_time::infer_published(&d.text) {
            some += 1;
            if dct.starts_with(&v) {
                agree += 1;
            } else {
                println!("{}\tDCT {}\tinferred {}", p.display(), dct, v);
            }
        }
    }
    println!("docs {n}, inferred {some}, agreeing with the DCT at the inferred precision {agree}");
}
