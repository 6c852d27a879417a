fn main() {
    let args: Vec<String> = std::env::args().collect();
    let kind = args[1].as_str();
    for n in [25_000usize, 50_000, 100_000, 200_000] {
        let s = match kind {
            "deep" => "<div>".repeat(n) + &"hello world text. ".repeat(10),
            "deepclose" => {
                "<div>".repeat(n) + &"hello world text. ".repeat(10) + &"</div>".repeat(n)
            }
            "lt" => "<".repeat(n * 5),
            "span" => "<span>".repeat(n) + &"hello world text. ".repeat(10),
            "p" => "<p>".repeat(n) + "hello world text.",
            "pdiv" => "<div>".repeat(n) + &"<p><div></div></p>".repeat(n / 4),
            "table" => "<table>".repeat(n) + "hello world",
            "tdeep" => "<table><tr><td>".repeat(n / 3) + "hello world",
            "li" => "<ul><li>".repeat(n / 2) + "hello world",
            "auth" => "<span itemprop=author>".repeat(n) + "Jane Doe",
            "a" => "<a href=x>".repeat(n) + "hello world",
            "h" => "<h1><h2>".repeat(n) + "hello world",
            "sel" => "<select>".repeat(n) + "hello world",
            "amp" => "&amp".repeat(n),
            "attr" => format!("<div class=\"{}\">hello</div>", "x ".repeat(n * 5)),
            "unbal" => "</div>".repeat(n) + "<div>x",
            _ => panic!(),
        };
        let t = std::time::Instant::now();
        let r = dossier_extract::extract(&s, None);
        println!("{kind} n={n} len={} {:?} ok={}", s.len(), t.elapsed(), r.is_ok());
    }
}
