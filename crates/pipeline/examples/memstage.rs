//! Peak memory after each stage for one article: `cargo run --release --example memstage FILE`.
use dossier_document::Document;
fn hwm() -> String {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines().find(|l| l.starts_with("VmHWM")).unwrap_or("").to_string()
}
fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let raw = std::fs::read_to_string(&path).unwrap();
    println!("read {}", hwm());
    let mut doc = Document { id: "x".into(), raw, ..Default::default() };
    dossier_clean::clean(&mut doc);
    println!("clean {}", hwm());
    dossier_segment::segment(&mut doc);
    println!("segment {} tokens={}", hwm(), doc.tokens.len());
    dossier_entities::annotate(&mut doc);
    println!("entities {}", hwm());
    dossier_time::annotate(&mut doc);
    println!("time {}", hwm());
}
