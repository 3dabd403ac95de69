//! CSV records read with `csv_core`, each with the line it starts on.
//!
//! The `csv` crate's reader gives a record the position where the record
//! before it ended: after blank lines, or in a file with `\r\n` line ends,
//! that is a line too early. Reading with `csv_core` directly, from bytes
//! the loader holds, the line feeds between records are counted here, so
//! an error names the line its record starts on; and no byte is copied
//! into a second buffer before it is parsed.

use std::io::{self, Read};

use csv_core::ReadRecordResult;

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// Bytes to parse: a slice, or a reader read into a buffer.
pub(super) trait Input {
    /// The bytes read and not yet consumed.
    fn bytes(&self) -> &[u8];
    /// Marks the first `n` bytes consumed.
    fn consume(&mut self, n: usize);
    /// Reads more; `false` at the end of the input.
    ///
    /// # Errors
    ///
    /// The reader's error.
    fn more(&mut self) -> io::Result<bool>;
}

impl Input for &[u8] {
    fn bytes(&self) -> &[u8] {
        self
    }

    #[expect(
        clippy::indexing_slicing,
        reason = "n is at most the length: csv_core consumes only bytes it was given"
    )]
    fn consume(&mut self, n: usize) {
        *self = &self[n..];
    }

    fn more(&mut self) -> io::Result<bool> {
        Ok(false)
    }
}

/// A reader's bytes, read a block at a time.
#[derive(Debug)]
pub(super) struct Buffered<R> {
    reader: R,
    buffer: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
}

impl<R: Read> Buffered<R> {
    /// Reads `reader` `block` bytes at a time.
    pub(super) fn new(reader: R, block: usize) -> Self {
        Self {
            reader,
            buffer: vec![0; block.max(1)],
            start: 0,
            end: 0,
            eof: false,
        }
    }
}

impl<R: Read> Input for Buffered<R> {
    #[expect(
        clippy::indexing_slicing,
        reason = "start <= end <= the buffer's length: more() reads into the buffer's free part, consume() stops at end"
    )]
    fn bytes(&self) -> &[u8] {
        &self.buffer[self.start..self.end]
    }

    fn consume(&mut self, n: usize) {
        self.start = (self.start + n).min(self.end);
    }

    fn more(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        // Keep the unconsumed bytes, at the front.
        self.buffer.copy_within(self.start..self.end, 0);
        self.end -= self.start;
        self.start = 0;
        if self.end == self.buffer.len() {
            self.buffer.resize(self.buffer.len() * 2, 0);
        }
        loop {
            let Some(space) = self.buffer.get_mut(self.end..) else {
                return Ok(false);
            };
            match self.reader.read(space) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.end += n;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
}

/// The records of an input, read one at a time into a reused buffer.
#[derive(Debug)]
pub(super) struct Records<I> {
    input: I,
    core: csv_core::Reader,
    /// The current record's fields, end to end.
    fields: Vec<u8>,
    /// Where each field of the current record ends in `fields`.
    ends: Vec<usize>,
    len: usize,
}

impl<I: Input> Records<I> {
    /// The records of a file: a UTF-8 byte-order mark at its start is
    /// skipped.
    ///
    /// # Errors
    ///
    /// The reader's error.
    pub(super) fn of_file(mut input: I) -> io::Result<Self> {
        while input.bytes().len() < BOM.len() && input.more()? {}
        if input.bytes().starts_with(BOM) {
            input.consume(BOM.len());
        }
        Ok(Self::new(input, 1))
    }

    /// The records of `input`, whose first byte is on line `first_line`
    /// (`input` may start in the middle of a file: a byte-order mark there
    /// is text).
    pub(super) fn new(input: I, first_line: u64) -> Self {
        let mut core = csv_core::ReaderBuilder::new().build();
        // `csv_core` strips a byte-order mark at the start of its input
        // only; past a line feed (a blank line, skipped) it no longer
        // does, so the same bytes read the same wherever they start.
        let _ = core.read_record(b"\n", &mut [], &mut []);
        core.set_line(first_line);
        Self {
            input,
            core,
            fields: vec![0; 256],
            ends: vec![0; 32],
            len: 0,
        }
    }

    /// Reads the next record; the line it starts on, or `None` at the end.
    ///
    /// # Errors
    ///
    /// The reader's error.
    #[expect(
        clippy::indexing_slicing,
        reason = "out and ends count what csv_core wrote into the buffers, so they are at most their lengths"
    )]
    pub(super) fn advance(&mut self) -> io::Result<Option<u64>> {
        // Blank lines and the `\n` of a `\r\n` between records: `csv_core`
        // would skip them too; skipping them here tells where the record
        // starts.
        loop {
            let bytes = self.input.bytes();
            let (run, feeds) = bytes
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .fold((0_usize, 0_u64), |(run, feeds), b| {
                    (run + 1, feeds + u64::from(*b == b'\n'))
                });
            let rest = bytes.len() - run;
            self.input.consume(run);
            self.core.set_line(self.core.line() + feeds);
            if rest > 0 || !self.input.more()? {
                break;
            }
        }
        let line = self.core.line();
        let (mut out, mut ends) = (0, 0);
        loop {
            let bytes = self.input.bytes();
            let (result, nin, nout, nend) =
                self.core
                    .read_record(bytes, &mut self.fields[out..], &mut self.ends[ends..]);
            self.input.consume(nin);
            out += nout;
            ends += nend;
            match result {
                ReadRecordResult::InputEmpty => {
                    // At the end of the input, an empty slice tells
                    // `csv_core` to finish the record.
                    self.input.more()?;
                }
                ReadRecordResult::OutputFull => {
                    let grown = self.fields.len() * 2;
                    self.fields.resize(grown, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let grown = self.ends.len() * 2;
                    self.ends.resize(grown, 0);
                }
                ReadRecordResult::Record => {
                    self.len = ends;
                    return Ok(Some(line));
                }
                ReadRecordResult::End => {
                    self.len = 0;
                    return Ok(None);
                }
            }
        }
    }

    /// The line the next byte is on.
    pub(super) fn line(&self) -> u64 {
        self.core.line()
    }

    /// The current record.
    #[expect(
        clippy::indexing_slicing,
        reason = "len is the number of ends csv_core wrote, at most the buffer's length"
    )]
    pub(super) fn row(&self) -> Row<'_> {
        Row {
            fields: &self.fields,
            ends: &self.ends[..self.len],
        }
    }

    /// The input not yet read.
    #[cfg(feature = "parallel")]
    pub(super) fn into_input(self) -> I {
        self.input
    }
}

/// A record's fields.
#[derive(Debug, Clone, Copy)]
pub(super) struct Row<'r> {
    fields: &'r [u8],
    ends: &'r [usize],
}

impl<'r> Row<'r> {
    /// How many fields it has.
    pub(super) const fn len(&self) -> usize {
        self.ends.len()
    }

    /// Field `i` (from 0), if it has one.
    pub(super) fn get(&self, i: usize) -> Option<&'r [u8]> {
        let end = *self.ends.get(i)?;
        let start = match i.checked_sub(1) {
            Some(p) => *self.ends.get(p)?,
            None => 0,
        };
        self.fields.get(start..end)
    }

    /// The fields, in order.
    pub(super) fn iter(&self) -> impl Iterator<Item = &'r [u8]> {
        let row = *self;
        (0..self.len()).filter_map(move |i| row.get(i))
    }
}

/// Each record's fields, as the `csv` crate reads `bytes`: what the
/// loaders' reading of records and cutting of blocks are tested against.
#[cfg(test)]
pub(super) fn by_csv(bytes: &[u8]) -> Vec<Vec<Vec<u8>>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut out = Vec::new();
    let mut record = csv::ByteRecord::new();
    while reader.read_byte_record(&mut record).unwrap_or(false) {
        out.push(record.iter().map(<[u8]>::to_vec).collect());
    }
    out
}

/// A reader that counts the bytes it hands out, for the tests of how far
/// the readers read ahead.
#[cfg(test)]
pub(super) struct Counting<'a>(pub(super) &'a [u8], pub(super) &'a std::cell::Cell<usize>);

#[cfg(test)]
impl Read for Counting<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.0.read(buf)?;
        self.1.set(self.1.get() + n);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Each record's fields and line, as [`Records`] reads them.
    fn by_records<I: Input>(input: I) -> Vec<(u64, Vec<Vec<u8>>)> {
        let mut records = Records::new(input, 1);
        let mut out = Vec::new();
        while let Some(line) = records.advance().unwrap() {
            out.push((line, records.row().iter().map(<[u8]>::to_vec).collect()));
        }
        out
    }

    /// The fields without the lines.
    fn fields_only(v: Vec<(u64, Vec<Vec<u8>>)>) -> Vec<Vec<Vec<u8>>> {
        v.into_iter().map(|(_, f)| f).collect()
    }

    #[test]
    fn lines_are_where_records_start() {
        let lines = |text: &str| -> Vec<u64> {
            by_records(text.as_bytes())
                .into_iter()
                .map(|(l, _)| l)
                .collect()
        };
        assert_eq!(lines("h\r\na\r\nb\r\n"), [1, 2, 3]);
        assert_eq!(lines("h\n\n\na\nb"), [1, 4, 5]);
        assert_eq!(lines("\n\nh\na"), [3, 4]);
        assert_eq!(lines("h\n\"a\nb\"\nc"), [1, 2, 4]);
        assert_eq!(lines("h\ra\rb"), [1, 1, 1]);
        assert!(lines("").is_empty());
        assert!(lines("\r\n\n").is_empty());
    }

    #[test]
    fn a_byte_order_mark_is_skipped_only_at_the_start_of_a_file() {
        let text = "\u{feff}\"a\",b\n\u{feff}c\n";
        let records = by_records(text.as_bytes());
        assert_eq!(records[0].1[0], "\u{feff}\"a\"".as_bytes());
        let mut file = Records::of_file(Buffered::new(text.as_bytes(), 1)).unwrap();
        assert_eq!(file.advance().unwrap(), Some(1));
        assert_eq!(file.row().get(0), Some(b"a".as_slice()));
        assert_eq!(file.advance().unwrap(), Some(2));
        assert_eq!(file.row().get(0), Some("\u{feff}c".as_bytes()));
        assert_eq!(file.row().get(1), None);
    }

    #[test]
    fn fields_longer_than_the_buffers_are_read_whole() {
        let long = "x".repeat(1000);
        let text = format!("{long},{}\n", vec!["y"; 100].join(","));
        let records = by_records(Buffered::new(text.as_bytes(), 7));
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].1.len(), 101);
        assert_eq!(records[0].1[0], long.as_bytes());
    }

    #[test]
    fn a_read_error_is_returned() {
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("broken"))
            }
        }
        let mut records = Records::new(Buffered::new(Broken, 8), 1);
        assert_eq!(records.advance().unwrap_err().to_string(), "broken");
    }

    /// A record is read from what the buffer holds: the reader is not
    /// read ahead further than one block.
    #[test]
    fn a_record_is_read_without_reading_ahead() {
        let text = b"a,b\n".repeat(1_000);
        let read = std::cell::Cell::new(0);
        let mut records = Records::of_file(Buffered::new(Counting(&text, &read), 64)).unwrap();
        assert_eq!(records.advance().unwrap(), Some(1));
        assert_eq!(records.advance().unwrap(), Some(2));
        assert!(
            read.get() <= 64,
            "{} bytes read for two records",
            read.get()
        );
    }

    #[test]
    fn an_interrupted_read_is_tried_again() {
        struct Interrupting<'a>(&'a [u8], bool);
        impl Read for Interrupting<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                self.1 = !self.1;
                if self.1 {
                    return Err(io::Error::from(io::ErrorKind::Interrupted));
                }
                let n = buf.len().min(self.0.len()).min(3);
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let text = b"a,b\nc,\"d\ne\"\n";
        let got = by_records(Buffered::new(Interrupting(text, false), 4));
        assert_eq!(got, by_records(text.as_slice()));
        assert_eq!(got.len(), 2);
    }

    proptest! {
        /// The fields are those `csv` reads, from a slice or from a reader
        /// in blocks of any size; and each record's line is 1 + the line
        /// feeds before its first byte.
        #[test]
        fn as_csv_reads(
            bytes in prop::collection::vec(
                prop::sample::select(vec![b'a', b',', b'"', b'\n', b'\r', 0xef, 0xbb, 0xbf]),
                0..80,
            ),
            block in 1_usize..12,
        ) {
            let from_slice = by_records(bytes.as_slice());
            // A line feed first keeps `csv` from stripping a byte-order
            // mark, as `Records` never does.
            let after_a_line_feed = [b"\n".as_slice(), &bytes].concat();
            prop_assert_eq!(fields_only(from_slice.clone()), by_csv(&after_a_line_feed));
            prop_assert_eq!(&by_records(Buffered::new(bytes.as_slice(), block)), &from_slice);
        }
    }
}
