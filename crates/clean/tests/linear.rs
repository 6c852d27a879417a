//! Cleaning takes time linear in the article's length, whatever the text: doubling a
//! pathological input must not multiply the time by more than 2.5 (see `timing`).

mod timing;

use dossier_document::Document;

fn assert_linear(name: &str, unit: &str) {
    timing::assert_linear(
        name,
        unit,
        |raw| Document { raw, ..Default::default() },
        |mut doc| dossier_clean::clean(&mut doc),
    );
}

macro_rules! linear {
    ($($name:ident: $unit:expr;)*) => {
        $(
            #[test]
            fn $name() {
                assert_linear(stringify!($name), $unit);
            }
        )*
    };
}

linear! {
    prose: "The U.S. President met Dr. Lee on Monday, officials said. \"It is over,\" he said.\n";
    no_newline_words: "word ";
    no_whitespace: "a";
    one_word_lines: "word\n";
    capitalised_lines: "Harbour Expansion Approved\n";
    hyphens: "-";
    bullet_lines: "- Flood Warning Lifted\n";
    em_dashes: "—";
    quotes: "\"";
    full_stops: ".";
    ellipses: "...\n";
    digits: "7";
    digit_lines: "2025\n";
    initialisms: "U.S. ";
    initials: "A. B. C. D. ";
    bylines: "By John Smith\n";
    byline_prefixes_alone: "By\n";
    long_bylines: "Author: Maria Lenz de la Vega van der Berg\n";
    cross_links: "Also read: Storm Hits Coast, Says Agency\n";
    link_lists: "Read also:\n- Flood Warning Lifted\n";
    link_headings: "Read also\n";
    link_heading_then_blanks: "Related\n\n\n\n\nThe vote was close.\n";
    unbulleted_link_lists: "Latest news\nHarbour Expansion Approved\nCity Budget Passes Vote\nThe vote was close, officials said.\n";
    translation_notices: "This article was machine translated from German.\n";
    headings: "What Comes Next\nSome text here.\n";
    blank_lines: "\n";
    crlf_lines: "Text.\r\n\r\n";
    spaces: " ";
    nul_bytes: "\0";
    cyrillic: "Переведено с помощью. Мир.\n";
    kelvin_and_dotted_i: "\u{212A}\u{130} By \u{130}\n";
}
