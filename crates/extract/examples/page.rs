//! Development aid: `page BENCH_DIR ID_SUBSTRING [NEEDLE]` prints one benchmark page's extraction.
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let (_, pages) = dossier_extract::bench::load(std::path::Path::new(&a[1])).unwrap();
    let p = pages.iter().find(|p| p.id.contains(&a[2])).expect("page");
    if a.len() > 4 {
        std::fs::write(&a[4], &p.html).unwrap();
    }
    match dossier_extract::extract(&p.html, p.url.as_deref()) {
        Ok(x) => println!("{:?}\n{}", x.meta, x.text()),
        Err(e) => println!("ERR {e}"),
    }
    for l in dossier_extract::content::debug_junk(&p.html) {
        println!("junk: {l}");
    }
    if let Some(n) = a.get(3) {
        println!("{}", dossier_extract::content::debug_reason(&p.html, n));
        for l in dossier_extract::content::debug_path(&p.html, n) {
            println!("  {l}");
        }
    }
}
