//! The learned candidate scorer: candidates, their features, and what a model keeps.

use dossier_document::{Document, Metadata};
use dossier_quotes::Scorer;

fn analyse(text: &str) -> Document {
    let meta = Metadata { published: Some("2024-03-05".into()), ..Default::default() };
    let article = dossier_ingest::article_from_text("t", text.to_string(), meta);
    let mut doc = dossier_pipeline::analyse(article, &Default::default()).expect("analysed");
    dossier_resolve::resolve_document(&mut doc, dossier_resolve::kb());
    doc
}

const TEXT: &str = "The harbour fees rose again in March.\n\
    The dockers union drafted a plan to cut the fees by half before the summer.\n";

#[test]
fn a_clause_subject_and_its_verb_are_a_candidate() {
    let doc = analyse(TEXT);
    let cands = dossier_quotes::candidates(&doc);
    let c = cands
        .iter()
        .find(|c| doc.text[c.source.start..c.source.end].ends_with("dockers union"))
        .unwrap_or_else(|| panic!("no candidate for the union in {cands:#?}"));
    assert_eq!(&doc.text[c.cue.start..c.cue.end], "drafted");
    assert!(doc.text[c.content.start..c.content.end].starts_with("a plan to cut"));
    for f in ["w=drafted", "bias=1"] {
        assert!(c.features.iter().any(|x| x == f), "{f} not in {:?}", c.features);
    }
    // Every feature is "template=value", pairs joined by "|".
    assert!(c.features.iter().all(|f| f.split('|').all(|p| p.contains('='))));
}

#[test]
fn a_model_keeps_what_it_scores_above_its_threshold() {
    let doc = analyse(TEXT);
    let rules = dossier_quotes::find_quotes_with(&doc, &Scorer::parse(""));
    assert!(rules.iter().all(|q| q.cue.as_ref().is_none_or(|c| c.text != "drafted")));
    // A model that likes "drafted" keeps the candidate...
    let keen = Scorer::parse("threshold\t0.5\nbias=1\t-1\nw=drafted\t3\n");
    let with = dossier_quotes::find_quotes_with(&doc, &keen);
    let q = with
        .iter()
        .find(|q| q.cue.as_ref().is_some_and(|c| c.text == "drafted"))
        .unwrap_or_else(|| panic!("not kept: {with:#?}"));
    let src = q.speaker_span.expect("a source");
    assert!(doc.text[src.start..src.end].ends_with("dockers union"));
    assert!(q.text.starts_with("a plan to cut"));
    assert_eq!(q.kind, "indirect");
    // ... and keeps every quote the rules found.
    for r in &rules {
        assert!(with.iter().any(|q| q.start == r.start && q.end == r.end), "{r:?} lost");
    }
    // One that does not, keeps nothing more.
    let cold = Scorer::parse("threshold\t0.5\nbias=1\t-1\nw=drafted\t-3\n");
    assert_eq!(dossier_quotes::find_quotes_with(&doc, &cold).len(), rules.len());
}

#[test]
fn the_shipped_model_loads() {
    let s = dossier_quotes::default_scorer();
    assert!(s.threshold() > 0.0 && s.threshold() < 1.0);
}

#[test]
fn a_participle_with_its_agent_is_passive_without_be() {
    // "a measure strongly opposed by the unions": the unions opposed it; the measure is no
    // source (the rules' reported speech is a candidate too, generator R).
    let doc = analyse(
        "The governor spoke in the square.\n\
         He backed the bill, a measure strongly opposed by the unions that would have required \
         a vote.\n\
         It was a sentiment endorsed by the dockers in the square, who cheered.\n",
    );
    let cands = dossier_quotes::candidates(&doc);
    let text = |s: dossier_document::Span| &doc.text[s.start..s.end];
    for (cue, agent) in [("opposed", "the unions"), ("endorsed", "the dockers")] {
        let found: Vec<_> = cands.iter().filter(|c| text(c.cue).ends_with(cue)).collect();
        assert!(!found.is_empty(), "no candidate for {cue:?} in {cands:#?}");
        for c in found {
            assert_eq!(text(c.source), agent, "{c:?}");
        }
    }
}
