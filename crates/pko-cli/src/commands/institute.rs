//! The commands of pko-institute: the Director's rotation and the
//! Governing Council.

use std::io::Write;
use std::process::ExitCode;

use pko::institute::{Charter, CouncilProposal};

use crate::args::InstituteCommand;
use crate::input::{Failure, data_error, json_file};
use crate::output::emit;

/// Runs a `pko institute` command.
pub(super) fn run(command: InstituteCommand, out: &mut impl Write) -> Result<ExitCode, Failure> {
    match command {
        InstituteCommand::Rotation {
            members,
            start,
            terms,
            format,
        } => {
            let charter = Charter::proposed(&members).map_err(|e| Failure::Data(e.to_string()))?;
            let schedule = pko::institute::rotation(&charter, &members, start, terms)
                .map_err(|e| Failure::Data(e.to_string()))?;
            emit(out, format, &schedule, |w| {
                schedule.iter().try_for_each(|t| writeln!(w, "{t}"))
            })?;
            Ok(ExitCode::SUCCESS)
        }
        InstituteCommand::CheckCouncil { file, format } => {
            let roster: CouncilProposal = json_file(&file)?;
            let charter = roster.charter().map_err(|e| data_error(&file, &e))?;
            let problems = pko::institute::validate_council(&charter, &roster.seats);
            emit(out, format, &problems, |w| {
                writeln!(
                    w,
                    "Governing Council: {} seats proposed, {} provided by the charter; {} problems",
                    roster.seats.len(),
                    charter.council_seats(),
                    problems.len()
                )?;
                problems.iter().try_for_each(|p| writeln!(w, "  - {p}"))
            })?;
            Ok(if problems.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}
