//! Development aid: `try FILE` prints what the extractor reads from an HTML file.
fn main() {
    let path = std::env::args().nth(1).expect("usage: try FILE");
    let html = String::from_utf8_lossy(&std::fs::read(&path).expect("readable")).into_owned();
    match dossier_extract::extract(&html, None) {
        Ok(x) => println!("{:?}\n---\n{}", x.meta, x.text()),
        Err(e) => println!("ERR {e}"),
    }
}
