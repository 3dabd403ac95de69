//! Writes varied synthetic deployments as JSON lines, one deployment's
//! facts a line: the batch the benchmarks assess (`pko-synthetic`'s
//! `deployments`, seed 15), for the Python package's benchmark and for
//! anyone timing a batch outside Rust. Synthetic facts, never a record of
//! real deployments.
//!
//! ```sh
//! cargo run --example generate_deployments                                   # 3 lines to stdout
//! cargo run --release --example generate_deployments -- --count 100000 --out target/varied-100000.jsonl
//! ```

#![expect(clippy::print_stdout, reason = "an example prints what it wrote")]

use std::io::{BufWriter, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (mut count, mut seed, mut out) = (3_usize, 15_u64, None);
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--count" => count = value.parse()?,
            "--seed" => seed = value.parse()?,
            "--out" => out = Some(std::path::PathBuf::from(value)),
            other => return Err(format!("unknown flag {other}: --count, --seed, --out").into()),
        }
    }
    let batch = pko_synthetic::deployments(count, seed)?;
    let mut writer: BufWriter<Box<dyn Write>> = BufWriter::new(match &out {
        Some(path) => Box::new(std::fs::File::create(path)?),
        None => Box::new(std::io::stdout().lock()),
    });
    for d in &batch {
        serde_json::to_writer(&mut writer, d)?;
        writer.write_all(b"\n")?;
    }
    writer.flush()?;
    if let Some(path) = out {
        println!("{}: {count} deployments (seed {seed})", path.display());
    }
    Ok(())
}
