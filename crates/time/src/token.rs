//! A small tokenizer made for time expressions: it never allocates per token (token text is a
//! slice of an ASCII-lowercased copy of the input, which keeps byte offsets), splits hyphens and
//! apostrophes off ("50-minute" -> `50` `-` `minute`, so patterns can see the parts), and keeps
//! together the few shapes a pattern needs whole: clock times (`10:30`), numbers with thousands
//! separators or decimals (`1,000`, `2.5`) and dotted abbreviations (`a.m.`, `U.S.`).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// Starts with an upper-case letter in the original text.
    pub cap: bool,
    /// A line break separates this token from the previous one (no pattern spans it).
    pub nl_before: bool,
}

/// The text split into tokens, with the lowercased text the token strings point into.
pub(crate) struct Tokens {
    pub lower: String,
    pub toks: Vec<Tok>,
}

impl Tokens {
    pub fn new(text: &str) -> Self {
        let lower = text.to_ascii_lowercase();
        let toks = tokenize(text);
        Tokens { lower, toks }
    }

    /// The lowercased token, with typographic apostrophes and dashes read as their ASCII forms.
    /// (Inlined: it is asked for millions of tokens, mostly ASCII, where it is a slice.)
    #[inline(always)]
    pub fn s(&self, i: usize) -> &str {
        let t = &self.toks[i];
        let b = &self.lower.as_bytes()[t.start as usize..t.end as usize];
        // SAFETY: the tokenizer cuts only at character boundaries of `text`, and ASCII
        // lowercasing keeps every byte offset and every non-ASCII byte, so `b` is valid UTF-8.
        let s = unsafe { std::str::from_utf8_unchecked(b) };
        if b[0] < 0x80 {
            return s;
        }
        match s {
            "\u{2019}" | "\u{2018}" => "'",
            "\u{2013}" | "\u{2014}" => "-",
            _ => s,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    // Offsets are 32-bit: text past 4 GiB is not tokenised (rather than wrapping offsets).
    let mut n = b.len().min(u32::MAX as usize);
    while !text.is_char_boundary(n) {
        n -= 1;
    }
    let mut out = Vec::with_capacity(n / 5);
    let mut i = 0;
    let mut nl = false;
    while i < n {
        let c = b[i];
        if c == b' ' || c == b'\t' || c == b'\r' {
            i += 1;
            continue;
        }
        if c == b'\n' {
            nl = true;
            i += 1;
            continue;
        }
        let start = i;
        if c < 0x80 && !is_word_byte(c) {
            out.push(Tok {
                start: start as u32,
                end: (i + 1) as u32,
                kind: Kind::Punct,
                cap: false,
                nl_before: nl,
            });
            nl = false;
            i += 1;
            continue;
        }
        if c >= 0x80 {
            let ch = text[i..].chars().next().unwrap();
            let l = ch.len_utf8();
            if ch.is_whitespace() {
                i += l;
                continue;
            }
            if !ch.is_alphanumeric() {
                out.push(Tok {
                    start: i as u32,
                    end: (i + l) as u32,
                    kind: Kind::Punct,
                    cap: false,
                    nl_before: nl,
                });
                nl = false;
                i += l;
                continue;
            }
        }
        // A word or number: a run of letters and digits (any script).
        let mut all_digits = true;
        while i < n {
            let c = b[i];
            if c < 0x80 {
                if !is_word_byte(c) {
                    break;
                }
                if !c.is_ascii_digit() {
                    all_digits = false;
                }
                i += 1;
            } else {
                let ch = text[i..].chars().next().unwrap();
                if !ch.is_alphanumeric() {
                    break;
                }
                all_digits = false;
                i += ch.len_utf8();
            }
        }
        if all_digits {
            // 10:30, 10:30:15, 1,000, 2.5
            loop {
                if i + 1 < n && (b[i] == b':' || b[i] == b'.') && b[i + 1].is_ascii_digit() {
                    i += 1;
                    while i < n && b[i].is_ascii_digit() {
                        i += 1;
                    }
                } else if i + 3 < n
                    && b[i] == b','
                    && b[i + 1].is_ascii_digit()
                    && b[i + 2].is_ascii_digit()
                    && b[i + 3].is_ascii_digit()
                    && (i + 4 >= n || !b[i + 4].is_ascii_digit())
                {
                    i += 4;
                } else {
                    break;
                }
            }
        } else if i - start == 1 && i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_alphabetic() {
            // Dotted single letters: a.m., p.m., U.S.
            while i + 1 < n
                && b[i] == b'.'
                && b[i + 1].is_ascii_alphabetic()
                && (i + 2 >= n || !b[i + 2].is_ascii_alphanumeric())
            {
                i += 2;
            }
            if i < n && b[i] == b'.' {
                i += 1;
            }
        }
        let cap = text[start..].chars().next().is_some_and(|c| c.is_uppercase());
        out.push(Tok {
            start: start as u32,
            end: i as u32,
            kind: if all_digits { Kind::Num } else { Kind::Word },
            cap,
            nl_before: nl,
        });
        nl = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(t: &str) -> Vec<String> {
        let tk = Tokens::new(t);
        (0..tk.len()).map(|i| tk.s(i).to_string()).collect()
    }

    #[test]
    fn splits_the_shapes_patterns_need() {
        assert_eq!(strs("a 50-minute call"), ["a", "50", "-", "minute", "call"]);
        assert_eq!(
            strs("at 10:30 a.m. on Feb. 9, 1,000"),
            ["at", "10:30", "a.m.", "on", "feb", ".", "9", ",", "1,000"]
        );
        assert_eq!(strs("Friday’s talks"), ["friday", "'", "s", "talks"]);
        assert_eq!(strs("the '90s"), ["the", "'", "90s"]);
    }
}
