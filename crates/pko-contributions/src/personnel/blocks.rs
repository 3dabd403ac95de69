//! Reading a CSV stream in blocks that end where records end, each cut
//! into pieces that also end where records end: the parallel loader's
//! units of work.
//!
//! A record ends at a line feed that `csv_core`'s reader (with the
//! settings the loaders use: `,` between fields, `"` around them, a quote
//! doubled inside one, `\n`, `\r` or `\r\n` between records, no comments,
//! no escape character) reads outside a quoted field. A quote opens a
//! quoted field only where a field starts: at the start of a record or
//! after a `,`, `\r` or `\n` (elsewhere `csv_core` keeps it as text).
//! Inside one, a quote followed by a quote is a quote of the text; any
//! other quote closes it. Only the quotes are visited (with `memchr`),
//! and the line feeds near the places to cut: a file with few quotes is
//! scanned at memory speed. The tests check the cuts against `csv` itself
//! on arbitrary bytes.

use std::io::{self, Read};

/// Whether a place in bytes that start where a record starts is inside a
/// quoted field, found by visiting the quotes before it in order.
#[derive(Debug, Default)]
pub(super) struct Quotes {
    /// The quotes before `pos` are visited.
    pos: usize,
    quoted: bool,
}

impl Quotes {
    /// Visits the quotes before `to`.
    fn advance(&mut self, bytes: &[u8], to: usize) {
        while self.pos < to {
            let Some(found) = bytes
                .get(self.pos..to)
                .and_then(|rest| memchr::memchr(b'"', rest))
            else {
                self.pos = to;
                return;
            };
            let q = self.pos + found;
            if self.quoted {
                if bytes.get(q + 1) == Some(&b'"') {
                    // A doubled quote: text, and the field goes on.
                    self.pos = q + 2;
                } else {
                    self.quoted = false;
                    self.pos = q + 1;
                }
            } else {
                self.quoted = q
                    .checked_sub(1)
                    .and_then(|p| bytes.get(p))
                    .is_none_or(|b| matches!(b, b',' | b'\n' | b'\r'));
                self.pos = q + 1;
            }
        }
    }

    /// The first record end at or after `from`: the offset after the first
    /// line feed there that is outside a quoted field. Calls must come
    /// with `from` not before the end the last call found.
    pub(super) fn end_after(&mut self, bytes: &[u8], mut from: usize) -> Option<usize> {
        loop {
            let start = from.max(self.pos);
            let feed = start + memchr::memchr(b'\n', bytes.get(start..)?)?;
            self.advance(bytes, feed);
            if !self.quoted {
                return Some(feed + 1);
            }
            from = feed + 1;
        }
    }
}

/// Where to cut `bytes` (which start where a record starts) into up to
/// `pieces` pieces of about equal size: the record ends after each
/// `len × k / pieces`, ascending, each inside `bytes` and before its end.
pub(super) fn cuts(bytes: &[u8], pieces: usize) -> Vec<usize> {
    let mut quotes = Quotes::default();
    let mut out: Vec<usize> = Vec::new();
    for k in 1..pieces {
        let target = bytes.len() / pieces * k;
        let from = out.last().map_or(target, |last| target.max(*last));
        match quotes.end_after(bytes, from) {
            Some(end) if end < bytes.len() => out.push(end),
            _ => break,
        }
    }
    out
}

/// A stream read in blocks of whole records.
#[derive(Debug)]
pub(super) struct Blocks<R> {
    reader: R,
    buffer: Vec<u8>,
    /// Bytes at the start of `buffer` handed out by the last block.
    used: usize,
    /// How many bytes a block has at least (unless the stream ends).
    size: usize,
    eof: bool,
}

/// Bytes read past a block's size to find where its last record ends.
const MARGIN: usize = 64 << 10;

impl<R: Read> Blocks<R> {
    /// Blocks of about `size` bytes (more when a record is longer).
    pub(super) fn new(reader: R, size: usize) -> Self {
        Self {
            reader,
            buffer: Vec::new(),
            used: 0,
            size: size.max(1),
            eof: false,
        }
    }

    /// The next block: whole records, the first at least `size` bytes
    /// long, unless the stream ends; `None` at the end.
    ///
    /// # Errors
    ///
    /// The reader's error.
    pub(super) fn next_block(&mut self) -> io::Result<Option<&[u8]>> {
        self.buffer.drain(..self.used);
        self.used = 0;
        let mut margin = MARGIN.min(self.size);
        loop {
            let want = self.size + margin;
            if !self.eof && self.buffer.len() < want {
                self.fill(want - self.buffer.len())?;
                continue;
            }
            let end = if self.eof {
                Some(self.buffer.len())
            } else {
                Quotes::default().end_after(&self.buffer, self.size)
            };
            match end {
                Some(end) if end > 0 => {
                    self.used = end;
                    return Ok(self.buffer.get(..end));
                }
                Some(_) => return Ok(None),
                // A record longer than the margin: read on.
                None => margin = margin.saturating_mul(2),
            }
        }
    }

    /// [`next_block`](Self::next_block), as bytes of its own.
    ///
    /// # Errors
    ///
    /// The reader's error.
    pub(super) fn next_owned(&mut self) -> io::Result<Option<Vec<u8>>> {
        let Some(len) = self.next_block()?.map(<[u8]>::len) else {
            return Ok(None);
        };
        let rest = self.buffer.split_off(len);
        self.used = 0;
        Ok(Some(std::mem::replace(&mut self.buffer, rest)))
    }

    /// Reads up to `n` more bytes; sets `eof` at the end.
    fn fill(&mut self, n: usize) -> io::Result<()> {
        let got = (&mut self.reader)
            .take(u64::try_from(n).unwrap_or(u64::MAX))
            .read_to_end(&mut self.buffer)?;
        if got == 0 {
            self.eof = true;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::personnel::records::{Counting, by_csv as records};

    fn csvish() -> impl Strategy<Value = Vec<u8>> {
        prop::collection::vec(
            prop::sample::select(vec![b'a', b'b', b',', b'"', b'\n', b'\r', b' ']),
            0..80,
        )
    }

    #[test]
    fn quotes_open_only_where_a_field_starts() {
        // The line feed inside the quoted field is no record end; the one
        // after `b"` (a quote kept as text) is.
        let bytes = b"x,\"a\nb\"\nb\"\nc";
        assert_eq!(Quotes::default().end_after(bytes, 0), Some(8));
        assert_eq!(Quotes::default().end_after(bytes, 9), Some(11));
        assert_eq!(cuts(bytes, 2), vec![8]);
        // A doubled quote stays inside the field.
        assert_eq!(Quotes::default().end_after(b"\"a\"\"\n\"\nz", 0), Some(7));
        // Nothing to cut at the end, or in one piece.
        assert!(cuts(b"a\nb\n", 1).is_empty());
        assert_eq!(cuts(b"a\nb\nc\nd\n", 4), vec![4, 6]);
    }

    #[test]
    fn a_record_longer_than_a_block_is_read_whole() {
        let text = b"aaaaaaaaaa,\"b\nb\",c\nd\n";
        let mut blocks = Blocks::new(&text[..], 4);
        // The first record, 19 bytes, whole (the line feed inside its
        // quoted field is no place to cut).
        assert_eq!(
            blocks.next_block().unwrap(),
            Some(b"aaaaaaaaaa,\"b\nb\",c\n".as_slice())
        );
        assert_eq!(blocks.next_owned().unwrap(), Some(b"d\n".to_vec()));
        assert_eq!(blocks.next_owned().unwrap(), None);
    }

    /// The record ends of `bytes`, found by following `csv_core`'s states
    /// byte by byte: the oracle the quote-by-quote scan is checked
    /// against.
    fn ends_byte_by_byte(bytes: &[u8]) -> Vec<usize> {
        #[derive(Clone, Copy)]
        enum State {
            FieldStart,
            InField,
            Quoted,
            QuoteInQuoted,
        }
        let mut state = State::FieldStart;
        let mut ends = Vec::new();
        for (i, b) in bytes.iter().enumerate() {
            state = match (state, b) {
                (State::Quoted, b'"') => State::QuoteInQuoted,
                (State::Quoted, _) | (State::QuoteInQuoted | State::FieldStart, b'"') => {
                    State::Quoted
                }
                (_, b'\n') => {
                    ends.push(i + 1);
                    State::FieldStart
                }
                (_, b',' | b'\r') => State::FieldStart,
                _ => State::InField,
            };
        }
        ends
    }

    #[test]
    fn blocks_read_their_size_and_a_margin_at_most() {
        let line = b"1,JPN,392,Japan,UNMISS,Troops,10,261,31-Jan-15\n";
        let text: Vec<u8> = line.repeat(100_000);
        let read = std::cell::Cell::new(0);
        let size = 1 << 20;
        let mut blocks = Blocks::new(Counting(&text, &read), size);
        let mut handed = 0;
        for _ in 0..3 {
            let block = blocks.next_block().unwrap().unwrap();
            assert!(block.len() >= size && block.len() < size + line.len());
            assert!(block.ends_with(b"\n"));
            handed += block.len();
            assert!(
                read.get() <= handed + MARGIN,
                "{} bytes read, {handed} handed out",
                read.get()
            );
        }
    }

    proptest! {
        /// The first record end after a place, and the cuts, are those the
        /// byte-by-byte oracle finds.
        #[test]
        fn ends_are_those_of_the_byte_by_byte_reading(
            bytes in csvish(),
            from in 0_usize..80,
            pieces in 1_usize..8,
        ) {
            let ends = ends_byte_by_byte(&bytes);
            let first = ends.iter().copied().find(|e| *e > from);
            prop_assert_eq!(Quotes::default().end_after(&bytes, from), first);
            let mut expected = Vec::new();
            for k in 1..pieces {
                let target = bytes.len() / pieces * k;
                let from = expected.last().map_or(target, |last: &usize| target.max(*last));
                match ends.iter().copied().find(|e| *e > from) {
                    Some(end) if end < bytes.len() => expected.push(end),
                    _ => break,
                }
            }
            prop_assert_eq!(cuts(&bytes, pieces), expected);
        }

        /// Cutting at the cuts found, and reading each piece apart, gives
        /// the records `csv` reads from the whole.
        #[test]
        fn cuts_are_where_csv_ends_records(bytes in csvish(), pieces in 1_usize..8) {
            let at = cuts(&bytes, pieces);
            prop_assert!(at.len() < pieces);
            prop_assert!(at.windows(2).all(|w| w[0] < w[1]));
            let mut got = Vec::new();
            let mut from = 0;
            for cut in at {
                prop_assert!(cut > from && cut < bytes.len());
                got.extend(records(&bytes[from..cut]));
                from = cut;
            }
            got.extend(records(&bytes[from..]));
            prop_assert_eq!(got, records(&bytes));
        }

        /// Blocks of any size hand out every byte once, in order, and read
        /// apart give the records of the whole.
        #[test]
        fn blocks_cover_the_stream(bytes in csvish(), size in 1_usize..16) {
            let mut blocks = Blocks::new(bytes.as_slice(), size);
            let mut all = Vec::new();
            let mut got = Vec::new();
            while let Some(block) = blocks.next_block().unwrap() {
                prop_assert!(!block.is_empty());
                all.extend_from_slice(block);
                got.extend(records(block));
            }
            prop_assert_eq!(&all, &bytes);
            prop_assert_eq!(got, records(&bytes));
        }
    }
}
