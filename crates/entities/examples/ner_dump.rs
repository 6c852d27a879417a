//! `cargo run --release --example ner_dump -- FILE...`: cleans, segments and annotates each
//! file as the pipeline does and prints its entity and role layers, one line each, so that two
//! builds of the stage can be compared by diffing their output (`NER_DUMP_UNSEGMENTED=1`: the
//! stage splits sentences itself).
use dossier_document::Document;
fn main() {
    for path in std::env::args().skip(1) {
        let raw = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        let mut doc = Document { id: path.clone(), raw, ..Default::default() };
        dossier_clean::clean(&mut doc);
        if std::env::var_os("NER_DUMP_UNSEGMENTED").is_none() {
            dossier_segment::segment(&mut doc);
        }
        dossier_entities::annotate(&mut doc);
        println!("== {path}");
        for e in &doc.entities {
            println!("E {} {} {} {:?} {:?}", e.start, e.end, e.label, e.text, e.entity);
        }
        for r in &doc.roles {
            println!("R {} {} {:?} {:?}", r.start, r.end, r.text, r.entity);
        }
    }
}
