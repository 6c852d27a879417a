//! resolve_document never panics and keeps the roles layer sorted and non-overlapping among
//! the descriptions it adds, on arbitrary documents.

use dossier_document::{Document, EntityMention, RoleMention};
use dossier_resolve::{kb, local_entities, resolve_document};
use proptest::prelude::*;

fn boundary(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn doc_strategy() -> impl Strategy<Value = Document> {
    let word = prop_oneof![
        Just("the".to_string()),
        Just("The".to_string()),
        Just("his".to_string()),
        Just("Russian".to_string()),
        Just("U.S.".to_string()),
        Just("president".to_string()),
        Just("leader".to_string()),
        Just("counterpart,".to_string()),
        Just("of".to_string()),
        Just("Kremlin".to_string()),
        Just("Путин".to_string()),
        Just("47th".to_string()),
        Just("V.V.".to_string()),
        Just("Putin".to_string()),
        Just("Zelenskyy".to_string()),
        "[A-Za-zА-я.,'’ -]{0,8}",
    ];
    (
        prop::collection::vec(word, 0..40),
        prop::collection::vec((0usize..400, 0usize..30, 0usize..4), 0..12),
        prop::collection::vec((0usize..400, 0usize..30, any::<bool>()), 0..6),
        prop::option::of("(19|20)[0-9]{2}(-0[1-9](-1[0-9])?)?"),
    )
        .prop_map(|(words, ents, roles, published)| {
            let text = words.join(" ");
            let mut doc = Document { id: "p".into(), text: text.clone(), ..Default::default() };
            doc.meta.published = published;
            let labels = ["PER", "ORG", "LOC", "MISC"];
            for (s, l, lab) in ents {
                let s = boundary(&text, s);
                let e = boundary(&text, s + l);
                doc.entities.push(EntityMention {
                    start: s,
                    end: e,
                    text: text[s..e].to_string(),
                    label: labels[lab].into(),
                    entity: text[s..e].to_string(),
                });
            }
            doc.entities.sort_by_key(|e| e.start);
            let mut end = 0;
            let mut rs: Vec<(usize, usize, bool)> = roles;
            rs.sort();
            for (s, l, linked) in rs {
                let s = boundary(&text, s.max(end));
                let e = boundary(&text, s + l);
                if s < end || e <= s {
                    continue;
                }
                end = e;
                let entity = linked.then(|| doc.entities.first().map(|m| m.text.clone())).flatten();
                doc.roles.push(RoleMention {
                    start: s,
                    end: e,
                    text: text[s..e].to_string(),
                    entity,
                });
            }
            doc
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn never_panics_and_roles_stay_ordered(mut doc in doc_strategy()) {
        let before = doc.roles.clone();
        resolve_document(&mut doc, kb());
        for w in doc.roles.windows(2) {
            prop_assert!(w[0].start <= w[1].start);
        }
        // Added roles overlap nothing that was there before, nor each other. (A role may grow
        // to the left by the nationality word before it: it keeps its end.)
        let added: Vec<&RoleMention> = doc.roles.iter().filter(|r| !before.iter().any(|b| b.start >= r.start && b.end == r.end)).collect();
        for r in &doc.roles {
            prop_assert_eq!(&doc.text[r.start..r.end], r.text.as_str());
        }
        for a in &added {
            prop_assert!(!before.iter().any(|b| b.start < a.end && a.start < b.end));
            prop_assert!(doc.text.is_char_boundary(a.start) && doc.text.is_char_boundary(a.end));
        }
        for w in added.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
        let _ = local_entities(&doc);
    }
}
