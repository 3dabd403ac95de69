//! Writes synthetic personnel data in the UN's open-data layout, for
//! benchmarks and tests at scale (the generator is the `pko-synthetic`
//! crate). The files go in `target/`, never in git.
//!
//! ```sh
//! cargo run --release --example generate_un_data                       # 1990-2025, scale 1
//! cargo run --release --example generate_un_data -- --scale 10 --seed 7
//! cargo run --release --example generate_un_data -- --from 2000 --to 2004 --out target/small.csv
//! ```

#![expect(clippy::print_stdout, reason = "an example prints what it wrote")]

use pko_synthetic as generator;

use std::io::BufWriter;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut params = generator::Params::default();
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--seed" => params.seed = value.parse()?,
            "--from" => params.from = value.parse()?,
            "--to" => params.to = value.parse()?,
            "--scale" => params.scale = value.parse()?,
            "--out" => out = Some(std::path::PathBuf::from(value)),
            other => {
                return Err(
                    format!("unknown flag {other}: --seed, --from, --to, --scale, --out").into(),
                );
            }
        }
    }
    let out = out.unwrap_or_else(|| {
        format!(
            "target/un-data/un-{}-{}-x{}-seed{}.csv",
            params.from, params.to, params.scale, params.seed
        )
        .into()
    });
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let file = std::fs::File::create(&out)?;
    let started = std::time::Instant::now();
    let mut writer = BufWriter::with_capacity(1 << 20, file);
    let rows = generator::generate(params, &mut writer)?;
    std::io::Write::flush(&mut writer)?;
    let bytes = std::fs::metadata(&out)?.len();
    println!(
        "{}: {rows} rows, {bytes} bytes, {:.1} s",
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
