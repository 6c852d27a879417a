//! Development aid: `dom FILE` prints the tree's top levels.
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let html = std::fs::read_to_string(&a[1]).unwrap();
    let d = dossier_extract::dom::parse(&html);
    println!("nodes {}", d.nodes.len());
    let mut depth = vec![0usize; d.nodes.len()];
    for (i, n) in d.nodes.iter().enumerate().skip(1) {
        depth[i] = depth[n.parent as usize] + 1;
        if depth[i] <= a.get(2).map_or(3, |s| s.parse().unwrap()) {
            let t: String = n.text.chars().take(60).collect();
            println!("{}{:?} {} {:?}", "  ".repeat(depth[i]), n.tag, n.id_class, t);
        }
    }
}
