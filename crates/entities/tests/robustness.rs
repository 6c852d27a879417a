//! The embedded model on the kinds of text real news throws at it: typographic quotes and dashes,
//! possessives, initials, hyphenated names, ALL-CAPS headings, and non-Latin script.

use dossier_document::Document;

fn entities(text: &str) -> Vec<(String, String)> {
    let mut doc = Document { text: text.to_string(), ..Default::default() };
    dossier_entities::annotate(&mut doc);
    for e in &doc.entities {
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        assert_eq!(&text[e.start..e.end], e.text);
    }
    doc.entities.into_iter().map(|e| (e.entity, e.label)).collect()
}

fn has(v: &[(String, String)], name: &str, label: &str) -> bool {
    v.iter().any(|(n, l)| n == name && l == label)
}

#[test]
fn embedded_model_loads() {
    let m = dossier_entities::default_model().expect("the embedded model parses");
    assert_eq!(m.passes(), 2);
}

#[test]
fn possessives_and_typographic_quotes() {
    let v = entities(
        "\u{201C}We are ready,\u{201D} Angela Merkel\u{2019}s spokesman told reporters in Berlin.",
    );
    assert!(has(&v, "Angela Merkel", "PER"), "{v:?}");
    assert!(has(&v, "Berlin", "LOC"), "{v:?}");
    let v = entities("Mr. Johnson's government met officials from the European Union.");
    assert!(has(&v, "Johnson", "PER"), "{v:?}");
}

#[test]
fn initials() {
    let v = entities("On Monday, J.D. Vance met V.V. Putin and George W. Bush in London.");
    assert!(has(&v, "J.D. Vance", "PER"), "{v:?}");
    assert!(has(&v, "V.V. Putin", "PER"), "{v:?}");
    assert!(has(&v, "London", "LOC"), "{v:?}");
}

#[test]
fn hyphenated_names_and_dashes() {
    let v = entities("European Commission President Jean-Claude Juncker \u{2014} speaking in Brussels \u{2014} said talks would go on.");
    assert!(has(&v, "Jean-Claude Juncker", "PER"), "{v:?}");
    assert!(has(&v, "Brussels", "LOC"), "{v:?}");
}

#[test]
fn all_caps_heading() {
    let v = entities("GERMANY AND FRANCE SIGN TRADE DEAL\nGermany and France signed a trade deal in Paris on Friday.");
    assert!(has(&v, "GERMANY", "LOC"), "{v:?}");
    assert!(has(&v, "Paris", "LOC"), "{v:?}");
}

#[test]
fn cyrillic_does_not_crash() {
    let v = entities(
        "Владимир Путин встретился с Дональдом Трампом в Москве. Peskov said \u{00AB}no\u{00BB}.",
    );
    // Any labels at all are fine; the point is valid spans and no panic.
    let _ = v;
    let v = entities("ПУТИН — Путин’s aide, Ушаков, spoke.");
    let _ = v;
}

#[test]
fn empty_and_odd_input() {
    assert!(entities("").is_empty());
    assert!(entities("   \n\n ").is_empty());
    let _ = entities("\u{201C}\u{201D}\u{2014}\u{2019}s ... -- 's '");
}

#[test]
fn dossier_conventions() {
    let v = entities("The Kremlin said on Tuesday that it welcomed the talks.");
    assert!(has(&v, "Kremlin", "ORG"), "{v:?}");
}
