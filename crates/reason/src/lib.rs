//! Why something was refused, as a stable code with arguments, never a sentence: the core crates
//! say *why*; the words a person reads belong to the UI, in their language (each code `x` is the
//! message `error-x` in `ui/locales/<language>/errors.ftl`, checked by `ui/tests/messages.test.ts`,
//! which finds every code written as `reason("x")`).
//!
//! Codes are kebab-case and written out in full where they are made, never put together.

use std::fmt;

/// A refusal: its code and the values its words need (a number of characters, a file's name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    code: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// A value a reason's words put in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Number(i64),
    Text(String),
}

/// The reason `code`, with no values (add them with [`Reason::with`]).
pub const fn reason(code: &'static str) -> Reason {
    Reason {
        code,
        args: Vec::new(),
    }
}

impl Reason {
    /// The same reason with the value `name` (the message's `$name`).
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Reason {
        self.args.push((name, value.into()));
        self
    }

    pub fn code(&self) -> &'static str {
        self.code
    }

    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }
}

/// The code only: a reason's values may be the person's own (a file's name), so they never go
/// into anything printed.
impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

macro_rules! number {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number!(i64, i32, u8, u16, u32, u64, usize);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_prints_its_code_and_never_its_values() {
        let r = reason("file-too-large")
            .with("name", "letter from Darren.pdf")
            .with("limit", 25_u32);
        assert_eq!(r.to_string(), "file-too-large");
        assert_eq!(r.code(), "file-too-large");
        assert_eq!(
            r.args(),
            &[
                ("name", Arg::Text("letter from Darren.pdf".into())),
                ("limit", Arg::Number(25)),
            ]
        );
        assert_eq!(Arg::from(u64::MAX), Arg::Number(i64::MAX));
    }
}
