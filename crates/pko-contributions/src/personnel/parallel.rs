//! Loading on every core: blocks of whole records, each cut into pieces
//! that threads load apart, then joined in the file's order.

use std::io::Read;
use std::ops::Range;

use rayon::prelude::*;

use super::blocks::{Blocks, cuts};
use super::loaders::{Loader, header, io_error};
use super::records::Records;
use super::{Format, LoadMode, Loaded};
use crate::{Error, LoadError, LoadProblem};

/// How many bytes [`load_parallel`] reads at a time, to cut into pieces.
const BLOCK: usize = 4 << 20;

/// [`load`](super::load) on every core of rayon's global pool: the same
/// result (the same data, the same rows set aside, the same first error),
/// sooner on a large file.
///
/// The file is read in blocks of 4 MiB that end where a record ends;
/// each block is cut into four pieces per thread, again where records end
/// (never inside a quoted field); the pieces are loaded at once, each
/// with its own tables of contributors and missions, and then joined in
/// the file's order, with each piece's keys renumbered as one reading
/// would have numbered them. A piece that would push the whole past a
/// limit (65,535 contributors or missions, 2^32 − 1 records) is read
/// again on one thread, so that the error names the row one reading
/// would.
///
/// Memory: two blocks (the one being loaded and the one being joined)
/// and their pieces' records, besides the data.
///
/// # Errors
///
/// As [`load`](super::load).
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{load, load_parallel, LoadMode, IPI_CSV};
///
/// let one = load(IPI_CSV.as_bytes(), "ipi.csv", LoadMode::Strict)?;
/// let all = load_parallel(IPI_CSV.as_bytes(), "ipi.csv", LoadMode::Strict)?;
/// assert_eq!(one, all);
/// # Ok::<(), pko_contributions::Error>(())
/// ```
pub fn load_parallel(
    reader: impl Read + Send,
    file: &str,
    mode: LoadMode,
) -> Result<Loaded, Error> {
    let threads = rayon::current_num_threads();
    load_in_pieces(reader, file, mode, BLOCK, threads * PIECES_PER_THREAD)
}

/// Pieces per thread in a block: smaller pieces even out the threads'
/// work.
const PIECES_PER_THREAD: usize = 4;

/// A block read: its bytes, and the ranges of its pieces.
struct Block {
    bytes: Vec<u8>,
    pieces: Vec<Range<usize>>,
}

impl Block {
    /// The block of `bytes[start..]`, cut into up to `pieces` pieces.
    #[expect(
        clippy::indexing_slicing,
        reason = "start is the length of the header the caller read from these bytes"
    )]
    fn new(bytes: Vec<u8>, start: usize, pieces: usize) -> Self {
        let records = &bytes[start..];
        let mut ranges = Vec::with_capacity(pieces);
        let mut from = start;
        for cut in cuts(records, pieces) {
            ranges.push(from..start + cut);
            from = start + cut;
        }
        ranges.push(from..bytes.len());
        Self {
            bytes,
            pieces: ranges,
        }
    }

    #[expect(
        clippy::indexing_slicing,
        reason = "the pieces are cut from these bytes by new()"
    )]
    fn piece(&self, range: &Range<usize>) -> &[u8] {
        &self.bytes[range.clone()]
    }
}

/// A piece loaded apart: what it loaded, how it ended, and its lines.
type Piece<'f> = (Loader<'f>, Result<(), LoadError>, u64);

/// [`load_parallel`] with blocks of `block` bytes, each cut into up to
/// `pieces` pieces.
///
/// While the threads load a block's pieces, the pieces of the block before
/// are joined to the data and the next block is read.
pub(super) fn load_in_pieces(
    reader: impl Read + Send,
    file: &str,
    mode: LoadMode,
    block: usize,
    pieces: usize,
) -> Result<Loaded, Error> {
    let mut blocks = Blocks::new(reader, block);
    // The line of the next byte to join.
    let mut line = 1;
    let mut at_start = true;
    // The header: the first block with a record holds it whole (a block
    // ends where a record ends).
    let (format, first) = loop {
        let Some(bytes) = blocks.next_owned().map_err(|e| io_error(file, line, &e))? else {
            return Err(LoadError::new(file, 1, None, None, LoadProblem::Empty).into());
        };
        let mut records = if at_start {
            Records::of_file(bytes.as_slice()).map_err(|e| io_error(file, 1, &e))?
        } else {
            Records::new(bytes.as_slice(), line)
        };
        at_start = false;
        let found = header(&mut records, file);
        line = records.line();
        match found {
            Err(e) if matches!(e.problem(), LoadProblem::Empty) => {}
            Err(e) => return Err(e.into()),
            Ok(format) => {
                let start = bytes.len() - records.into_input().len();
                break (format, Block::new(bytes, start, pieces));
            }
        }
    };
    let mut state = Loader::new(file);
    let mut current = Some(first);
    let mut previous: Option<(Block, Vec<Piece<'_>>)> = None;
    while let Some(block) = current.take() {
        let (loaded, (joined, next)) = rayon::join(
            || load_pieces(file, &block, format, mode),
            || {
                let joined = previous.take().map_or(Ok(line), |(b, p)| {
                    join(&mut state, &b, p, line, format, mode)
                });
                let next = joined.is_ok().then(|| blocks.next_owned());
                (joined, next)
            },
        );
        line = joined?;
        match next.transpose() {
            Ok(next) => current = next.flatten().map(|bytes| Block::new(bytes, 0, pieces)),
            Err(e) => {
                line = join(&mut state, &block, loaded, line, format, mode)?;
                return Err(io_error(file, line, &e).into());
            }
        }
        previous = Some((block, loaded));
    }
    if let Some((block, loaded)) = previous {
        join(&mut state, &block, loaded, line, format, mode)?;
    }
    Ok(state.finish(format))
}

/// Loads each piece of `block` apart, on the pool's threads, its lines
/// counted from 1 (the lines before it are known only once the pieces
/// before it are read).
fn load_pieces<'f>(file: &'f str, block: &Block, format: Format, mode: LoadMode) -> Vec<Piece<'f>> {
    block
        .pieces
        .par_iter()
        .map(|range| {
            let mut piece = Loader::new(file);
            let mut records = Records::new(block.piece(range), 1);
            let result = piece.rows(&mut records, format, mode);
            (piece, result, records.line() - 1)
        })
        .collect()
}

/// Joins a block's loaded pieces to `state`, in order, the first starting
/// on `line`; the line after the block.
///
/// Each piece's errors move to their lines in the file. A piece that
/// would pass a limit is read again on one thread, to stop where one
/// reading stops; a piece's first error, in strict mode, is the error.
fn join<'f>(
    state: &mut Loader<'f>,
    block: &Block,
    loaded: Vec<Piece<'f>>,
    mut line: u64,
    format: Format,
    mode: LoadMode,
) -> Result<u64, LoadError> {
    for ((mut piece, result, lines), range) in loaded.into_iter().zip(&block.pieces) {
        let too_many =
            matches!(&result, Err(e) if matches!(e.problem(), LoadProblem::TooManyRecords));
        piece.shift_lines(line - 1);
        if too_many || state.absorb(piece).is_err() {
            state.rows(&mut Records::new(block.piece(range), line), format, mode)?;
        } else if let Err(mut e) = result {
            e.shift_line(line - 1);
            return Err(e);
        }
        line += lines;
    }
    Ok(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::personnel::load;
    use proptest::prelude::*;

    const UN: &str = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date";

    /// The result of a load, comparable: the data and rows set aside, or
    /// the error.
    fn outcome(r: Result<Loaded, Error>) -> Result<Loaded, String> {
        r.map_err(|e| format!("{e:?}"))
    }

    /// UN rows, good and bad, with quoted fields, blank lines and CRLF.
    fn un_file() -> impl Strategy<Value = String> {
        let country = prop::sample::select(vec!["JPN", "KOR", "BGD", "#N/A", "XX", "\"JPN\""]);
        let mission = prop::sample::select(vec![
            "UNMISS",
            "UNIFIL",
            "\"MINUSCA\"",
            "bad mission!",
            "\"UN\nMISS\"",
        ]);
        let category = prop::sample::select(vec![
            "Troops",
            "Staff Officer",
            "Individual Police",
            "Soldiers",
        ]);
        let count = prop::sample::select(vec!["0", "7", "261", "-1", "4294967296"]);
        let date = prop::sample::select(vec![
            "31-Jan-15",
            "28-Feb-15",
            "31/03/2015",
            "31-Feb-15",
            "2015-01-31",
        ]);
        let end = prop::sample::select(vec!["\n", "\r\n", "\n\n", "\r\n\r\n"]);
        let row = (country, mission, category, count.clone(), count, date, end).prop_map(
            |(c, m, k, f, male, d, e)| {
                format!("1,{c},392,\"Japan, State of\",{m},{k},{f},{male},{d}{e}")
            },
        );
        prop::collection::vec(row, 0..40).prop_map(|rows| format!("{UN}\r\n{}", rows.concat()))
    }

    proptest! {
        /// Loading in pieces, of any size, on any number of threads, gives
        /// what one reading gives: the same data, the same rows set aside,
        /// or the same first error.
        #[test]
        fn pieces_load_as_one_reading(
            text in un_file(),
            block in 1_usize..400,
            pieces in 1_usize..5,
            lenient in any::<bool>(),
        ) {
            let mode = if lenient { LoadMode::Lenient } else { LoadMode::Strict };
            let one = outcome(load(text.as_bytes(), "un.csv", mode));
            let split = outcome(load_in_pieces(text.as_bytes(), "un.csv", mode, block, pieces));
            prop_assert_eq!(split, one);
        }
    }

    #[test]
    fn the_shipped_file_loads_as_one_reading_in_small_blocks() {
        let text = crate::personnel::IPI_CSV.as_bytes();
        let one = load(text, "ipi.csv", LoadMode::Strict).unwrap();
        let split = load_in_pieces(text, "ipi.csv", LoadMode::Strict, 64 << 10, 3).unwrap();
        assert_eq!(split, one);
        assert_eq!(
            load_parallel(text, "ipi.csv", LoadMode::Strict).unwrap(),
            one
        );
    }

    #[test]
    fn past_the_limit_of_missions_the_error_names_the_row_one_reading_names() {
        use std::fmt::Write as _;
        // 65,536 missions, a bad row before the last: each piece stays
        // under the limit, the whole does not.
        let mut text = format!("{UN}\n");
        for i in 0..65_536_u32 {
            writeln!(text, "{i},JPN,392,Japan,UN{i:05},Troops,0,1,31-Jan-15").unwrap();
            if i == 65_000 {
                text.push_str("x,JPN,392,Japan,UNMISS,Soldiers,0,1,31-Jan-15\n");
            }
        }
        for mode in [LoadMode::Strict, LoadMode::Lenient] {
            let one = outcome(load(text.as_bytes(), "un.csv", mode));
            let split = outcome(load_in_pieces(text.as_bytes(), "un.csv", mode, 1 << 20, 2));
            assert_eq!(split, one);
            let error = one.unwrap_err();
            match mode {
                LoadMode::Strict => assert!(error.contains("BadCategory"), "{error}"),
                LoadMode::Lenient => {
                    assert!(error.contains("TooManyRecords"), "{error}");
                    assert!(error.contains("line: 65538"), "{error}");
                }
            }
        }
    }

    #[test]
    fn blank_lines_longer_than_a_block_before_the_header_are_skipped() {
        let text = format!("\n\n\r\n\n\n{UN}\n1,JPN,392,Japan,UNMISS,Troops,10,261,31-Jan-15\nx\n");
        for mode in [LoadMode::Strict, LoadMode::Lenient] {
            let one = outcome(load(text.as_bytes(), "un.csv", mode));
            assert_eq!(
                outcome(load_in_pieces(text.as_bytes(), "un.csv", mode, 1, 2)),
                one
            );
            if mode == LoadMode::Lenient {
                let loaded = one.unwrap();
                assert_eq!(
                    (loaded.personnel().len(), loaded.rejected()[0].line()),
                    (1, 8)
                );
            }
        }
    }

    #[test]
    fn an_empty_file_and_a_bad_header_are_the_same_errors() {
        for text in ["", "\n\n", "a,b\nc,d\n", "\n\n\n\n\na,b\n"] {
            assert_eq!(
                outcome(load_in_pieces(
                    text.as_bytes(),
                    "f.csv",
                    LoadMode::Strict,
                    1,
                    2
                )),
                outcome(load(text.as_bytes(), "f.csv", LoadMode::Strict)),
                "{text:?}"
            );
        }
    }
}
