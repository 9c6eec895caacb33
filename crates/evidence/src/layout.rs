//! A small page layout for the report: wrapped paragraphs, label/value rows, tables with a
//! repeated header row, images and page footers, on A4.
//!
//! Layout runs first and only records what to draw on which page; drawing into the PDF happens
//! once the number of pages is known, so every footer can say "page 3 of 41".
//!
//! Every report is tagged (PDF/UA-1: a screen reader reads it in order, headings, tables with
//! their header cells, pictures with their alternative text) and archival (PDF/A-2b); krilla
//! checks both when the PDF is written and refuses to write one that fails. Each block laid out
//! (a paragraph, a heading, a label and its value, a table, a picture) becomes one element of the
//! tag tree; rules, shading, a table's header repeated on a later page and the footers are
//! artifacts.

use std::sync::Arc;

use std::num::NonZeroU16;

use krilla::color::luma;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Size};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, Node, SpanTag, TableHeaderScope, Tag, TagGroup,
    TagTree,
};
use krilla::{Document, SerializeSettings};

use crate::EvidenceError;
use crate::typeset::{self, Fonts, Script};
use harbour_words::Words;

pub(crate) const PAGE_WIDTH: f32 = 595.28;
pub(crate) const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 54.0;
const FOOTER_GAP: f32 = 28.0;
pub(crate) const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
const BOTTOM: f32 = PAGE_HEIGHT - MARGIN - FOOTER_GAP;
const LINE_FACTOR: f32 = 1.32;

pub(crate) use crate::typeset::Weight;

/// One piece of text on a page: the point is the start of its baseline.
struct Run {
    x: f32,
    y: f32,
    weight: Weight,
    size: f32,
    gray: u8,
    text: String,
    script: Script,
    rtl: bool,
}

enum Mark {
    /// One line: its runs in the order they were written (so a screen reader reads them so),
    /// each placed where it is seen. No /ActualText for a line that mixes directions: pdftotext
    /// reverses that text when the line reads right to left.
    Text { runs: Vec<Run> },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
        width: f32,
    },
    Shade {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        gray: u8,
    },
    Picture {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        image: Image,
    },
}

/// What a block laid out is, for the tag tree.
enum BlockKind {
    Paragraph,
    /// Its level, its words, and where it starts (page index, top) for the outline.
    Heading(NonZeroU16, String, usize, f32),
    /// A label and its value.
    Field,
    Table,
    /// A picture, with its alternative text.
    Figure(String),
}

/// Where a mark belongs in the tag tree.
#[derive(Clone, Copy)]
enum Place {
    /// Part of block `block`; in a table, of row `row` (0: the header row) and column `column`.
    In {
        block: usize,
        row: usize,
        column: usize,
    },
    /// Not content: a rule, shading, a header row repeated on a later page, a footer.
    Artifact,
}

/// A style for one block of text.
#[derive(Clone, Copy)]
pub(crate) struct Style {
    pub weight: Weight,
    pub size: f32,
    pub gray: u8,
}

impl Style {
    pub const BODY: Style = Style {
        weight: Weight::Regular,
        size: 9.5,
        gray: 0,
    };
    pub const LABEL: Style = Style {
        weight: Weight::Bold,
        size: 9.0,
        gray: 60,
    };
    pub const SMALL: Style = Style {
        weight: Weight::Regular,
        size: 8.0,
        gray: 70,
    };
    /// For hashes and keys: small enough that 64 hex digits fit on one line beside a label.
    pub const HASH: Style = Style {
        weight: Weight::Regular,
        size: 8.0,
        gray: 0,
    };
    pub fn heading(size: f32) -> Style {
        Style {
            weight: Weight::Bold,
            size,
            gray: 0,
        }
    }
    fn line_height(self) -> f32 {
        self.size * LINE_FACTOR
    }
}

/// One column of a table: its width and header text.
pub(crate) struct Column<'a> {
    pub header: &'a str,
    pub width: f32,
}

/// The report being laid out: pages of marks, and where the next block goes.
pub(crate) struct Sheets {
    fonts: Fonts,
    /// The language being laid out (BCP 47), and the document's (the first one laid out).
    language: &'static str,
    document_language: Option<&'static str>,
    /// Set from the right (Urdu, Arabic): labels on the right, the first column on the right.
    mirrored: bool,
    /// Said for an empty value, and beside a value that runs on to a new page.
    not_recorded: String,
    continued: String,
    /// The language of each block (parallel to `blocks`).
    block_languages: Vec<&'static str>,
    /// The language of each page, and whether it is set from the right (its footer's).
    page_languages: Vec<(&'static str, bool)>,
    pages: Vec<Vec<(Place, Mark)>>,
    /// Every block laid out, in reading order; marks point into it.
    blocks: Vec<BlockKind>,
    /// Where the marks being laid out now belong.
    place: Place,
    /// Top of the free space on the current page.
    y: f32,
    /// Extra left indent for label/value rows (earlier versions are set in).
    pub(crate) indent: f32,
}

impl Sheets {
    pub(crate) fn new() -> Result<Sheets, EvidenceError> {
        Ok(Sheets {
            fonts: Fonts::load()?,
            language: harbour_words::ENGLISH,
            document_language: None,
            mirrored: false,
            not_recorded: "(not recorded)".to_owned(),
            continued: "(continued)".to_owned(),
            block_languages: Vec::new(),
            page_languages: vec![(harbour_words::ENGLISH, false)],
            pages: vec![Vec::new()],
            blocks: Vec::new(),
            place: Place::Artifact,
            y: MARGIN,
            indent: 0.0,
        })
    }

    /// What follows is in the language of `words` (a report in two languages lays out each in
    /// turn): its words, its direction, and its language in the tag tree.
    pub(crate) fn speak(&mut self, words: &Words) {
        self.language = words.code();
        self.document_language.get_or_insert(words.code());
        self.mirrored = words.rtl();
        self.not_recorded = words.get("report-not-recorded");
        self.continued = words.get("report-continued");
        // A page with nothing on it yet is this language's.
        if self.pages.last().is_none_or(Vec::is_empty)
            && let Some(page) = self.page_languages.last_mut()
        {
            *page = (self.language, self.mirrored);
        }
    }

    pub(crate) fn page_count(&self) -> usize {
        self.pages.len()
    }

    fn push(&mut self, mark: Mark) {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let place = self.place;
        let last = self.pages.len() - 1;
        self.pages[last].push((place, mark));
    }

    /// Starts a block: what is laid out until the next one belongs to it.
    fn begin(&mut self, kind: BlockKind) {
        self.blocks.push(kind);
        self.block_languages.push(self.language);
        self.place = Place::In {
            block: self.blocks.len() - 1,
            row: 0,
            column: 0,
        };
    }

    /// In a table: what follows is the cell at `row`, `column` of the current block.
    fn cell(&mut self, row: usize, column: usize) {
        if let Place::In { block, .. } = self.place {
            self.place = Place::In { block, row, column };
        }
    }

    /// Draws what follows as an artifact (with `f`), then goes back to where it was.
    fn artifact(&mut self, f: impl FnOnce(&mut Sheets)) {
        let was = self.place;
        self.place = Place::Artifact;
        f(self);
        self.place = was;
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.page_languages.push((self.language, self.mirrored));
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` still fits on this one.
    pub(crate) fn keep(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > MARGIN {
            self.new_page();
        }
    }

    pub(crate) fn space(&mut self, height: f32) {
        self.y += height;
    }

    /// Breaks `text` into lines no wider than `width`, at spaces where possible; explicit line
    /// breaks are kept, and a word longer than a line is split.
    ///
    /// Each line keeps the direction of the paragraph it comes from (the paragraph's first
    /// letter outside an isolate, else the page's): a right-to-left paragraph's lines start with
    /// a right-to-left mark, so a line of it that happens to begin with an English name is still
    /// set right to left, in its place; a left-to-right paragraph's lines with right-to-left
    /// words in them start with a left-to-right mark. The marks are not drawn.
    pub(crate) fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let measure = |text: &str| {
            self.fonts
                .width(&typeset::drawable(text), style.weight, style.size)
        };
        let space = measure(" ");
        let mut lines = Vec::new();
        // Blank lines beyond two in a row say nothing: a message of thousands of line breaks
        // would otherwise fill hundreds of pages.
        let mut blank = 0;
        for paragraph in text.split('\n') {
            let paragraph = paragraph.trim_end_matches('\r');
            if paragraph.trim().is_empty() {
                blank += 1;
                if blank > 2 {
                    continue;
                }
            } else {
                blank = 0;
            }
            let first = lines.len();
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split(' ') {
                let word = word.replace('\t', "    ");
                let word_width = measure(&word);
                let needed = if line.is_empty() {
                    word_width
                } else {
                    line_width + space + word_width
                };
                if needed <= width {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(&word);
                    line_width = needed;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // The word alone: split it if it is wider than a whole line, after a slash, a
                // hyphen or a dot where one leaves a piece that fits (a crime reference
                // "CR/2026/118734" breaks at its slashes), else between any two letters.
                line_width = 0.0;
                for piece in word.split_inclusive(['/', '-', '_', '.', ':', ',']) {
                    let piece_width = measure(piece);
                    if piece_width <= width {
                        if line_width + piece_width > width && !line.is_empty() {
                            lines.push(std::mem::take(&mut line));
                            line_width = 0.0;
                        }
                        line.push_str(piece);
                        line_width += piece_width;
                        continue;
                    }
                    for c in piece.chars() {
                        let w = measure(c.encode_utf8(&mut [0; 4]));
                        if line_width + w > width && !line.is_empty() {
                            lines.push(std::mem::take(&mut line));
                            line_width = 0.0;
                        }
                        line.push(c);
                        line_width += w;
                    }
                }
            }
            lines.push(line);
            let mark = match unicode_bidi::get_base_direction(paragraph) {
                unicode_bidi::Direction::Rtl => Some('\u{200F}'),
                unicode_bidi::Direction::Ltr => Some('\u{200E}'),
                unicode_bidi::Direction::Mixed if self.mirrored => Some('\u{200F}'),
                unicode_bidi::Direction::Mixed => None,
            };
            for line in &mut lines[first..] {
                match mark {
                    Some(m @ '\u{200F}') => line.insert(0, m),
                    // Left to right needs saying only where a line could be taken for the other.
                    Some(m) if typeset::has_right_to_left(line) => line.insert(0, m),
                    _ => {}
                }
            }
        }
        lines
    }

    /// One line in a box `width` wide starting at `x`: its runs each in their font and direction,
    /// against the right edge when the line reads right to left (Arabic, Urdu) or the page does
    /// (so a value in English on a page in Urdu sits beside its label).
    fn put_line(&mut self, x: f32, width: f32, baseline: f32, style: Style, text: String) {
        let text = typeset::drawable(&text).into_owned();
        if text.is_empty() {
            return;
        }
        let set = self.fonts.set(&text, style.weight, style.size);
        // The page read from the right: the box is where its mirror image would be.
        let x = if self.mirrored {
            PAGE_WIDTH - x - width
        } else {
            x
        };
        let start = if set.rtl || self.mirrored {
            x + (width - set.width).max(0.0)
        } else {
            x
        };
        let runs = set
            .pieces
            .into_iter()
            .filter_map(|piece| {
                Some(Run {
                    x: start + piece.x,
                    y: baseline,
                    weight: style.weight,
                    size: style.size,
                    gray: style.gray,
                    text: text.get(piece.range.clone())?.to_owned(),
                    script: piece.script,
                    rtl: piece.rtl,
                })
            })
            .collect();
        self.push(Mark::Text { runs });
    }

    /// A wrapped block of text across the content width, starting `indent` from the margin.
    pub(crate) fn paragraph(&mut self, text: &str, style: Style, indent: f32) {
        self.begin(BlockKind::Paragraph);
        let lines = self.wrap(text, style, CONTENT_WIDTH - indent);
        for line in lines {
            self.keep(style.line_height());
            let baseline = self.y + style.size;
            self.put_line(
                MARGIN + indent,
                CONTENT_WIDTH - indent,
                baseline,
                style,
                line,
            );
            self.y += style.line_height();
        }
    }

    /// A heading, kept on the same page as at least a few lines of what follows it.
    pub(crate) fn heading(&mut self, text: &str, size: f32) {
        // The document's title, its parts, and the parts of those: by size, as they are set,
        // never more than one level below the heading before (a screen reader's outline).
        let by_size: u16 = if size >= 20.0 {
            1
        } else if size >= 14.0 {
            2
        } else {
            3
        };
        let before = self
            .blocks
            .iter()
            .rev()
            .find_map(|b| match b {
                BlockKind::Heading(level, ..) => Some(level.get()),
                _ => None,
            })
            .unwrap_or(0);
        let level = by_size.min(before + 1);
        let style = Style::heading(size);
        let lines = self.wrap(text, style, CONTENT_WIDTH);
        self.keep(style.line_height() * lines.len() as f32 + 4.0 * Style::BODY.line_height());
        let page = self.pages.len().saturating_sub(1);
        self.begin(BlockKind::Heading(
            NonZeroU16::MIN.saturating_add(level - 1),
            typeset::drawable(text).into_owned(),
            page,
            self.y,
        ));
        for line in lines {
            let baseline = self.y + style.size;
            self.put_line(MARGIN, CONTENT_WIDTH, baseline, style, line);
            self.y += style.line_height();
        }
        self.y += size * 0.3;
    }

    /// A label on the left and its value wrapped on the right. Nothing is drawn for an empty
    /// value unless `always` is set (then it reads "(not recorded)").
    pub(crate) fn field(&mut self, label: &str, value: &str, always: bool) {
        self.field_styled(label, value, always, Style::BODY);
    }

    /// [`Sheets::field`] with the value in `style`.
    pub(crate) fn field_styled(&mut self, label: &str, value: &str, always: bool, style: Style) {
        const LABEL_WIDTH: f32 = 132.0;
        let value = value.trim();
        if value.is_empty() && !always {
            return;
        }
        self.begin(BlockKind::Field);
        let not_recorded = self.not_recorded.clone();
        let shown = if value.is_empty() {
            not_recorded.as_str()
        } else {
            value
        };
        let left = MARGIN + self.indent;
        let label_width = LABEL_WIDTH - self.indent;
        let label_lines = self.wrap(label, Style::LABEL, label_width - 8.0);
        let value_style = if value.is_empty() {
            Style::SMALL
        } else {
            style
        };
        let value_lines = self.wrap(shown, value_style, CONTENT_WIDTH - LABEL_WIDTH);
        let line = Style::BODY.line_height();
        // Short values stay in one piece; long ones may run on to the next page.
        let rows = label_lines.len().max(value_lines.len());
        self.keep(line * if rows <= 6 { rows } else { 2 } as f32);
        let mut label_lines = label_lines.into_iter();
        for (i, text) in value_lines.into_iter().enumerate() {
            self.keep(line);
            let baseline = self.y + Style::BODY.size;
            if let Some(l) = label_lines.next() {
                self.put_line(left, label_width - 8.0, baseline, Style::LABEL, l);
            } else if i > 0 && self.y == MARGIN {
                // The value continues on a new page: repeat the label so it is clear.
                let continued = self.continued.clone();
                self.put_line(left, label_width - 8.0, baseline, Style::SMALL, continued);
            }
            self.put_line(
                MARGIN + LABEL_WIDTH,
                CONTENT_WIDTH - LABEL_WIDTH,
                baseline,
                value_style,
                text,
            );
            self.y += line;
        }
        for l in label_lines {
            self.keep(line);
            let baseline = self.y + Style::BODY.size;
            self.put_line(left, label_width - 8.0, baseline, Style::LABEL, l);
            self.y += line;
        }
        self.y += 2.0;
    }

    /// A horizontal line across the content width.
    pub(crate) fn rule(&mut self, width: f32) {
        let y = self.y;
        self.artifact(|sheets| {
            sheets.push(Mark::Rule {
                x1: MARGIN,
                x2: MARGIN + CONTENT_WIDTH,
                y,
                width,
            })
        });
        self.y += 6.0;
    }

    /// A table whose header row is repeated at the top of every page it runs onto.
    pub(crate) fn table(&mut self, columns: &[Column<'_>], rows: &[Vec<String>], style: Style) {
        let pad = 3.0;
        let line = style.line_height();
        let header_style = Style {
            weight: Weight::Bold,
            ..style
        };
        let header_cells: Vec<Vec<String>> = columns
            .iter()
            .map(|c| self.wrap(c.header, header_style, c.width - 2.0 * pad))
            .collect();
        let header_height = header_cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * line;
        // The header row is content the first time, an artifact where it is repeated.
        let draw_header = |sheets: &mut Sheets| {
            let y = sheets.y;
            sheets.artifact(|sheets| {
                sheets.push(Mark::Shade {
                    x: MARGIN,
                    y,
                    w: CONTENT_WIDTH,
                    h: header_height + 2.0 * pad,
                    gray: 230,
                })
            });
            let mut x = MARGIN;
            for (c, (cells, column)) in header_cells.iter().zip(columns).enumerate() {
                sheets.cell(0, c);
                for (i, text) in cells.iter().enumerate() {
                    let baseline = y + pad + i as f32 * line + style.size;
                    sheets.put_line(
                        x + pad,
                        column.width - 2.0 * pad,
                        baseline,
                        header_style,
                        text.clone(),
                    );
                }
                x += column.width;
            }
            sheets.y += header_height + 2.0 * pad;
        };
        self.begin(BlockKind::Table);
        self.keep(header_height + 2.0 * pad + 2.0 * line);
        draw_header(self);
        for (r, row) in rows.iter().enumerate() {
            let cells: Vec<Vec<String>> = row
                .iter()
                .zip(columns)
                .map(|(text, c)| self.wrap(text, style, c.width - 2.0 * pad))
                .collect();
            let height = cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * line + 2.0 * pad;
            if self.y + height > BOTTOM {
                self.new_page();
                self.artifact(draw_header);
            }
            let y = self.y;
            let mut x = MARGIN;
            for (c, (lines, column)) in cells.into_iter().zip(columns).enumerate() {
                self.cell(r + 1, c);
                for (i, text) in lines.into_iter().enumerate() {
                    let baseline = y + pad + i as f32 * line + style.size;
                    self.put_line(x + pad, column.width - 2.0 * pad, baseline, style, text);
                }
                x += column.width;
            }
            self.y += height;
            let y = self.y;
            self.artifact(|sheets| {
                sheets.push(Mark::Rule {
                    x1: MARGIN,
                    x2: MARGIN + CONTENT_WIDTH,
                    y,
                    width: 0.3,
                })
            });
        }
        self.y += 8.0;
    }

    /// A picture scaled to fit the content width and at most `max_height` points tall; `alt`
    /// says what it is to someone who cannot see it.
    pub(crate) fn picture(&mut self, image: Image, max_height: f32, indent: f32, alt: &str) {
        let (w, h) = image.size();
        if w == 0 || h == 0 {
            return;
        }
        let scale = ((CONTENT_WIDTH - indent) / w as f32)
            .min(max_height / h as f32)
            .min(1.0);
        let (dw, dh) = (w as f32 * scale, h as f32 * scale);
        self.begin(BlockKind::Figure(typeset::drawable(alt).into_owned()));
        self.keep(dh + 6.0);
        let y = self.y;
        let x = if self.mirrored {
            PAGE_WIDTH - MARGIN - indent - dw
        } else {
            MARGIN + indent
        };
        self.push(Mark::Picture {
            x,
            y,
            w: dw,
            h: dh,
            image,
        });
        self.y += dh + 6.0;
    }

    /// Writes the PDF, with `footer(page, pages, language)` at the bottom of every page (in the
    /// language that page is in): tagged, and
    /// declared and checked as PDF/UA-1 and PDF/A-2b. What the person wrote can hold a character
    /// the embedded font does not have (an emoji, a script other than Latin, Greek or Cyrillic),
    /// which both standards forbid: then the same tagged PDF is written without the claim, so a
    /// report is never lost to a character.
    pub(crate) fn finish(
        self,
        title: &str,
        made: chrono::DateTime<chrono::Utc>,
        footer: impl Fn(usize, usize, &'static str) -> String,
    ) -> Result<Vec<u8>, EvidenceError> {
        let checked = ConfigurationBuilder::new()
            .with_archival_validator(Archival::A2_B)
            .with_accessibility_validator(Accessibility::UA1)
            .finish()
            .map_err(|e| EvidenceError::Pdf(format!("{e:?}")))?;
        match self.render(title, made, &footer, checked) {
            Err(EvidenceError::Pdf(_)) => self.render(
                title,
                made,
                &footer,
                ConfigurationBuilder::new()
                    .finish()
                    .map_err(|e| EvidenceError::Pdf(format!("{e:?}")))?,
            ),
            done => done,
        }
    }

    fn render(
        &self,
        title: &str,
        made: chrono::DateTime<chrono::Utc>,
        footer: &impl Fn(usize, usize, &'static str) -> String,
        configuration: krilla::configure::Configuration,
    ) -> Result<Vec<u8>, EvidenceError> {
        let mut document = Document::new_with(SerializeSettings {
            configuration,
            enable_tagging: true,
            ..SerializeSettings::default()
        });
        use chrono::{Datelike, Timelike};
        let date = krilla::metadata::DateTime::new(u16::try_from(made.year()).unwrap_or(1970))
            .month(u8::try_from(made.month()).unwrap_or(1))
            .day(u8::try_from(made.day()).unwrap_or(1))
            .hour(u8::try_from(made.hour()).unwrap_or(0))
            .minute(u8::try_from(made.minute()).unwrap_or(0))
            .second(u8::try_from(made.second()).unwrap_or(0))
            .utc_offset_hour(0)
            .utc_offset_minute(0);
        document.set_metadata(
            Metadata::new()
                .title(typeset::drawable(title).into_owned())
                .language(
                    self.document_language
                        .unwrap_or(harbour_words::ENGLISH)
                        .to_owned(),
                )
                .creation_date(date),
        );
        document.set_outline(outline(&self.blocks));
        // What each block's marks became in the PDF: (row, column, the marked content).
        let mut contents: Vec<Vec<(usize, usize, Identifier)>> =
            self.blocks.iter().map(|_| Vec::new()).collect();
        let total = self.pages.len();
        let size = Size::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or(EvidenceError::Layout)?;
        for (index, marks) in self.pages.iter().enumerate() {
            let mut page = document.start_page_with(PageSettings::new(size));
            let mut surface = page.surface();
            for (place, mark) in marks {
                let tag = match (place, mark) {
                    (Place::Artifact, _) => {
                        ContentTag::Artifact(Artifact::new(ArtifactType::Layout, None))
                    }
                    (_, Mark::Text { .. }) => ContentTag::Span(SpanTag::empty()),
                    _ => ContentTag::Other,
                };
                let id = surface.start_tagged(tag);
                draw(&mut surface, mark, &self.fonts);
                surface.end_tagged();
                if let Place::In { block, row, column } = place
                    && let Some(content) = contents.get_mut(*block)
                {
                    content.push((*row, *column, id));
                }
            }
            let (language, mirrored) = self
                .page_languages
                .get(index)
                .copied()
                .unwrap_or((harbour_words::ENGLISH, false));
            let foot = typeset::drawable(&footer(index + 1, total, language)).into_owned();
            let set = self.fonts.set(&foot, Weight::Regular, Style::SMALL.size);
            let start = if mirrored {
                PAGE_WIDTH - MARGIN - set.width
            } else {
                MARGIN
            };
            surface.start_tagged(ContentTag::Artifact(Artifact::new(
                ArtifactType::Page,
                None,
            )));
            let runs = set
                .pieces
                .into_iter()
                .map(|piece| Run {
                    x: start + piece.x,
                    y: PAGE_HEIGHT - MARGIN + 4.0,
                    weight: Weight::Regular,
                    size: Style::SMALL.size,
                    gray: Style::SMALL.gray,
                    text: foot.get(piece.range).unwrap_or_default().to_owned(),
                    script: piece.script,
                    rtl: piece.rtl,
                })
                .collect();
            let line = Mark::Text { runs };
            draw(&mut surface, &line, &self.fonts);
            surface.end_tagged();
            surface.finish();
            page.finish();
        }
        document.set_tag_tree(tag_tree(
            &self.blocks,
            &self.block_languages,
            self.document_language.unwrap_or(harbour_words::ENGLISH),
            contents,
        ));
        document
            .finish()
            .map_err(|e| EvidenceError::Pdf(format!("{e:?}")))
    }
}

/// The outline (bookmarks): the first two levels of headings, each under the one before it.
fn outline(blocks: &[BlockKind]) -> Outline {
    let mut outline = Outline::new();
    let mut part: Option<OutlineNode> = None;
    for block in blocks {
        let BlockKind::Heading(level, text, page, top) = block else {
            continue;
        };
        let node = OutlineNode::new(
            text.clone(),
            XyzDestination::new(*page, Point::from_xy(MARGIN, *top)),
        );
        match (level.get(), part.as_mut()) {
            (1 | 2, _) => {
                if let Some(done) = part.take() {
                    outline.push_child(done);
                }
                part = Some(node);
            }
            (_, Some(parent)) => parent.push_child(node),
            (_, None) => outline.push_child(node),
        }
    }
    if let Some(done) = part {
        outline.push_child(done);
    }
    outline
}

/// The tag tree: one element per block, in the order they were laid out.
/// A block in another language than the document's says so (a report in two languages).
fn tag_tree(
    blocks: &[BlockKind],
    languages: &[&'static str],
    document: &'static str,
    contents: Vec<Vec<(usize, usize, Identifier)>>,
) -> TagTree {
    let mut tree = TagTree::new().with_lang(Some(document.to_owned()));
    for ((kind, content), language) in blocks.iter().zip(contents).zip(languages) {
        if content.is_empty() {
            continue;
        }
        let ids = |content: Vec<(usize, usize, Identifier)>| -> Vec<Node> {
            content.into_iter().map(|(_, _, id)| id.into()).collect()
        };
        let mut group = match kind {
            BlockKind::Paragraph | BlockKind::Field => {
                TagGroup::with_children(Tag::P, ids(content))
            }
            BlockKind::Heading(level, text, _, _) => {
                TagGroup::with_children(Tag::Hn(*level, Some(text.clone())), ids(content))
            }
            BlockKind::Figure(alt) => {
                TagGroup::with_children(Tag::Figure(Some(alt.clone())), ids(content))
            }
            BlockKind::Table => {
                // Each mark into its cell in one pass (a table of 1,000 rows has thousands).
                let rows = content.iter().map(|(r, _, _)| *r).max().unwrap_or(0);
                let columns = content.iter().map(|(_, c, _)| *c).max().unwrap_or(0);
                let mut cells: Vec<Vec<Vec<Node>>> = (0..=rows)
                    .map(|_| (0..=columns).map(|_| Vec::new()).collect())
                    .collect();
                for (r, c, id) in content {
                    if let Some(cell) = cells.get_mut(r).and_then(|row| row.get_mut(c)) {
                        cell.push(id.into());
                    }
                }
                let mut table = TagGroup::new(Tag::Table);
                for (r, row) in cells.into_iter().enumerate() {
                    let mut tr = TagGroup::new(Tag::TR);
                    for cell in row {
                        tr.push(if r == 0 {
                            TagGroup::with_children(Tag::TH(TableHeaderScope::Column), cell)
                        } else {
                            TagGroup::with_children(Tag::TD, cell)
                        });
                    }
                    table.push(tr);
                }
                table
            }
        };
        if *language != document {
            group.tag.set_lang(Some((*language).to_owned()));
        }
        tree.push(group);
    }
    tree
}

fn gray_fill(gray: u8) -> Fill {
    Fill {
        paint: luma::Color::new(gray).into(),
        ..Fill::default()
    }
}

fn draw(surface: &mut krilla::surface::Surface<'_>, mark: &Mark, fonts: &Fonts) {
    match mark {
        Mark::Text { runs, .. } => {
            for run in runs {
                surface.set_fill(Some(gray_fill(run.gray)));
                // Shaped here with the face parsed once (krilla's draw_text parses the font
                // again at every call, which made long reports slow).
                let glyphs = fonts.glyphs(&run.text, run.script, run.weight, run.rtl);
                surface.draw_glyphs(
                    Point::from_xy(run.x, run.y),
                    &glyphs,
                    fonts.pdf_font(run.script, run.weight),
                    &run.text,
                    run.size,
                    false,
                );
            }
        }
        Mark::Rule { x1, x2, y, width } => {
            let mut path = PathBuilder::new();
            path.move_to(*x1, *y);
            path.line_to(*x2, *y);
            if let Some(path) = path.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: luma::Color::new(150).into(),
                    width: *width,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Mark::Shade { x, y, w, h, gray } => {
            let mut path = PathBuilder::new();
            if let Some(rect) = krilla::geom::Rect::from_xywh(*x, *y, *w, *h) {
                path.push_rect(rect);
            }
            if let Some(path) = path.finish() {
                surface.set_fill(Some(gray_fill(*gray)));
                surface.draw_path(&path);
            }
        }
        Mark::Picture { x, y, w, h, image } => {
            if let Some(size) = Size::from_wh(*w, *h) {
                surface.push_transform(&krilla::geom::Transform::from_translate(*x, *y));
                surface.draw_image(image.clone(), size);
                surface.pop();
            }
        }
    }
}

/// Reads an attachment as a picture for embedding, if it is a PNG or JPEG whose header reads.
/// (The pixels are only decoded when the PDF is finished; a picture that fails then makes
/// [`Sheets::finish`] fail, and the report is made again without pictures.)
///
/// A JPEG goes into a PDF byte for byte, so its metadata is removed first: Exif and XMP can hold
/// the GPS position where the photo was taken, which may be the person's home. A PNG is
/// re-encoded from its pixels, which leaves its text chunks behind.
pub(crate) fn picture_from(bytes: Vec<u8>, media_type: &str) -> Option<Image> {
    match media_type {
        "image/png" => Image::from_png(Arc::new(bytes).into(), false).ok(),
        "image/jpeg" => {
            let clean = without_jpeg_metadata(&bytes)?;
            Image::from_jpeg(Arc::new(clean).into(), false).ok()
        }
        _ => None,
    }
}

/// The JPEG without its APP1 (Exif, XMP), APP13 (IPTC) and comment segments; everything else,
/// including the scan data, is kept as it was. `None` if the segments do not parse.
pub(crate) fn without_jpeg_metadata(bytes: &[u8]) -> Option<Vec<u8>> {
    const APP1: u8 = 0xE1;
    const APP13: u8 = 0xED;
    const COMMENT: u8 = 0xFE;
    const START_OF_SCAN: u8 = 0xDA;
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..2]);
    let mut i = 2;
    loop {
        if *bytes.get(i)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(i + 1)?;
        match marker {
            // Fill bytes before a marker.
            0xFF => i += 1,
            START_OF_SCAN => {
                out.extend_from_slice(&bytes[i..]);
                return Some(out);
            }
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => {
                out.extend_from_slice(&bytes[i..i + 2]);
                i += 2;
            }
            _ => {
                let len = usize::from(u16::from_be_bytes([*bytes.get(i + 2)?, *bytes.get(i + 3)?]));
                let end = i.checked_add(2 + len)?;
                if len < 2 || end > bytes.len() {
                    return None;
                }
                if !matches!(marker, APP1 | APP13 | COMMENT) {
                    out.extend_from_slice(&bytes[i..end]);
                }
                i = end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{CONTENT_WIDTH, MARGIN, Mark, Sheets, Style, without_jpeg_metadata};

    /// The runs of every line laid out so far: (text, x), in the order written, per line.
    fn lines(sheets: &Sheets) -> Vec<Vec<(String, f32)>> {
        sheets
            .pages
            .iter()
            .flatten()
            .filter_map(|(_, mark)| match mark {
                Mark::Text { runs } => Some(runs.iter().map(|r| (r.text.clone(), r.x)).collect()),
                _ => None,
            })
            .collect()
    }

    /// An Urdu paragraph wrapped so that a line begins with an English name: that line is still
    /// set right to left, against the right edge, with the name to the right of the Urdu words
    /// written after it (the reviewer's "Police Officer Khan" read in the wrong place).
    #[test]
    fn every_line_of_a_right_to_left_paragraph_reads_right_to_left() {
        let mut sheets = Sheets::new().unwrap_or_else(|e| panic!("{e:?}"));
        let urdu =
            "وہ کل رات دوبارہ گھر کے باہر کھڑا تھا اور پھر وہ Police Officer Khan کی طرف چلا گیا";
        // Narrow enough that lines start with each of the words in turn.
        for width in [60.0, 80.0, 100.0, 140.0] {
            for line in sheets.wrap(urdu, Style::BODY, width) {
                let set = sheets.fonts.set(
                    &super::typeset::drawable(&line),
                    Style::BODY.weight,
                    Style::BODY.size,
                );
                assert!(set.rtl, "{line:?} at {width}");
            }
        }
        sheets.paragraph(urdu, Style::BODY, 0.0);
        let laid = lines(&sheets);
        let police = laid
            .iter()
            .flatten()
            .find(|(t, _)| t.contains("Police"))
            .unwrap_or_else(|| panic!("{laid:?}"))
            .1;
        let after = laid
            .iter()
            .flatten()
            .find(|(t, _)| t.contains("طرف"))
            .unwrap_or_else(|| panic!("{laid:?}"))
            .1;
        assert!(
            police > after,
            "the name is read before what follows it: {laid:?}"
        );
        // No mark is drawn.
        assert!(
            laid.iter()
                .flatten()
                .all(|(t, _)| !t.chars().any(super::typeset::is_direction_control))
        );
    }

    /// An Urdu quote followed by an English citation (the course-of-conduct page): with the
    /// quote isolated, the citation keeps its own order, "(28 Nov 2026, entry 1)".
    #[test]
    fn an_isolated_quote_does_not_turn_the_sentence_around_it() {
        let mut sheets = Sheets::new().unwrap_or_else(|e| panic!("{e:?}"));
        let words = harbour_words::Words::english();
        let text = words.with(
            "conduct-quote",
            &[
                ("quote", "وہ تمہیں ڈھونڈ لے گا".into()),
                ("date", "28 Nov 2026".into()),
                ("entry", 1.into()),
            ],
        );
        sheets.paragraph(&text, Style::BODY, 0.0);
        let laid = lines(&sheets);
        let mut pieces: Vec<&(String, f32)> = laid.iter().flatten().collect();
        // Seen from left to right: the citation's pieces in the order written.
        pieces.sort_by(|a, b| a.1.total_cmp(&b.1));
        let seen: String = pieces.iter().map(|(t, _)| t.as_str()).collect();
        assert!(seen.ends_with("(28 Nov 2026, entry 1)"), "{seen:?}");
    }

    /// Thousands of line breaks in one message (a hostile one) make two blank lines, not
    /// hundreds of pages.
    #[test]
    fn runs_of_blank_lines_are_kept_to_two() {
        let sheets = Sheets::new().unwrap_or_else(|e| panic!("{e:?}"));
        let text = format!("first{}last", "\n".repeat(60_000));
        assert_eq!(
            sheets.wrap(&text, Style::BODY, CONTENT_WIDTH),
            ["first", "", "", "last"]
        );
    }

    /// A reference too long for its column breaks at its slashes, not inside its number.
    #[test]
    fn a_long_reference_breaks_at_its_slashes() {
        let sheets = Sheets::new().unwrap_or_else(|e| panic!("{e:?}"));
        let width = sheets
            .fonts
            .width("CR/2026/11", Style::BODY.weight, Style::BODY.size);
        let lines = sheets.wrap("CR/2026/118734", Style::BODY, width);
        assert_eq!(lines, ["CR/2026/", "118734"]);
        // A word with nowhere to break still breaks, between letters.
        let lines = sheets.wrap("1187341187341187", Style::BODY, width);
        assert!(
            lines.len() > 1 && lines.concat() == "1187341187341187",
            "{lines:?}"
        );
    }

    /// On a page in Urdu, a value in English sits against the right edge, beside its label.
    #[test]
    fn a_value_in_english_on_a_page_in_urdu_sits_by_its_label() {
        let mut sheets = Sheets::new().unwrap_or_else(|e| panic!("{e:?}"));
        sheets.speak(&harbour_words::Words::new("ur"));
        sheets.paragraph("PC Ahmed 4471", Style::BODY, 0.0);
        let laid = lines(&sheets);
        let x = laid[0][0].1;
        assert!(x > MARGIN + CONTENT_WIDTH / 2.0, "{laid:?}");
    }

    #[test]
    fn jpeg_metadata_segments_are_dropped_and_the_rest_kept() {
        let segment = |marker: u8, body: &[u8]| {
            let mut s = vec![0xFF, marker];
            s.extend_from_slice(&u16::try_from(body.len() + 2).unwrap_or(0).to_be_bytes());
            s.extend_from_slice(body);
            s
        };
        let app0 = segment(0xE0, b"JFIF\0");
        let exif = segment(0xE1, b"Exif\0\0GPS here");
        let iptc = segment(0xED, b"Photoshop 3.0");
        let comment = segment(0xFE, b"taken at home");
        let quant = segment(0xDB, &[1, 2, 3]);
        let scan = [0xFF, 0xDA, 0x00, 0x02, 0x11, 0x22, 0xFF, 0xD9];
        let input = [
            &[0xFF, 0xD8][..],
            &app0,
            &exif,
            &iptc,
            &comment,
            &quant,
            &scan,
        ]
        .concat();
        let expected = [&[0xFF, 0xD8][..], &app0, &quant, &scan].concat();
        assert_eq!(without_jpeg_metadata(&input), Some(expected));
        assert_eq!(without_jpeg_metadata(b"not a jpeg"), None);
        // A length running past the end is refused, not read past.
        assert_eq!(
            without_jpeg_metadata(&[0xFF, 0xD8, 0xFF, 0xE1, 0x40, 0x00, 1]),
            None
        );
    }
}
