//! `sightline`: a journey's value report, its share link and conversions between formats,
//! from a terminal or a CI job, with the same document and engine crates as the app.
//!
//! ```text
//! sightline report JOURNEY [--format markdown|json|csv] [--fail-on KIND|any]
//! sightline convert IN OUT
//! sightline link JOURNEY
//! ```
//!
//! Exit status: 0 when done; 1 when `--fail-on` found a finding of that kind; 2 when a file
//! cannot be read or written, or the arguments are wrong (the reason on stderr).

mod english;
mod formats;
mod report;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{value_parser, Arg, ArgMatches, Command};

/// The command line's grammar; clap prints its help and usage errors (status 2).
fn command() -> Command {
    let journey = || {
        Arg::new("journey")
            .value_name("JOURNEY")
            .required(true)
            .value_parser(value_parser!(PathBuf))
            .help("A journey file: .sightline.json, .link, .csv, .mmd or .cjml.xml")
    };
    let kinds: Vec<&'static str> = english::FINDINGS.into_iter().chain(["any"]).collect();
    Command::new("sightline")
        .about("Value reports, share links and conversions for Sightline journeys")
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .subcommand(
            Command::new("report")
                .about("The value engine's verdict: V and L per step, stakeholder and side, and the findings")
                .arg(journey())
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_parser(["markdown", "json", "csv"])
                        .default_value("markdown"),
                )
                .arg(
                    Arg::new("fail-on")
                        .long("fail-on")
                        .value_name("KIND")
                        .value_parser(kinds)
                        .help("Exit with status 1 when a finding of this kind exists"),
                ),
        )
        .subcommand(
            Command::new("convert")
                .about("Convert a journey between formats, chosen by the files' extensions")
                .arg(
                    Arg::new("in")
                        .value_name("IN")
                        .required(true)
                        .value_parser(value_parser!(PathBuf)),
                )
                .arg(
                    Arg::new("out")
                        .value_name("OUT")
                        .required(true)
                        .value_parser(value_parser!(PathBuf)),
                ),
        )
        .subcommand(
            Command::new("link")
                .about("Print the journey's share link fragment (#j…), to put after the app's address")
                .arg(journey()),
        )
}

fn main() -> ExitCode {
    let matches = command().get_matches();
    match run(&matches) {
        Ok(code) => code,
        Err(reason) => {
            eprintln!("sightline: {reason}");
            ExitCode::from(2)
        }
    }
}

/// Run a subcommand; the error is the reason to print before exiting with status 2.
fn run(matches: &ArgMatches) -> Result<ExitCode, String> {
    let path = |matches: &ArgMatches, name: &str| {
        matches
            .get_one::<PathBuf>(name)
            .cloned()
            .ok_or_else(|| format!("{name} is missing"))
    };
    let mut stdout = std::io::stdout().lock();
    let mut print = |text: &str| {
        stdout
            .write_all(text.as_bytes())
            .map_err(|error| format!("cannot write the output: {error}"))
    };
    match matches.subcommand() {
        Some(("report", args)) => {
            let read = read(&path(args, "journey")?)?;
            let report = report::report(&read.journey);
            let format = args
                .get_one::<String>("format")
                .map_or("markdown", String::as_str);
            print(&match format {
                "json" => report::json(&report),
                "csv" => report::csv(&report),
                _ => report::markdown(&report),
            })?;
            let failing = args.get_one::<String>("fail-on").is_some_and(|kind| {
                report
                    .kinds
                    .iter()
                    .any(|found| kind == "any" || english::finding_key(*found) == kind)
            });
            Ok(if failing {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Some(("convert", args)) => {
            let (from, to) = (path(args, "in")?, path(args, "out")?);
            // Refused before reading, so that a typo in OUT costs nothing.
            formats::Format::of(&to)?;
            let read = read(&from)?;
            let lost = formats::write(&to, &read.journey)?;
            if !lost.is_empty() {
                eprintln!(
                    "sightline: {} cannot hold, so it leaves out: {}",
                    to.display(),
                    lost.join(", ")
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(("link", args)) => {
            let read = read(&path(args, "journey")?)?;
            print(&format!("{}\n", formats::link(&read.journey)))?;
            Ok(ExitCode::SUCCESS)
        }
        _ => Err("name a command: report, convert or link".to_owned()),
    }
}

/// Read a journey, telling on stderr what the file held that a journey does not take.
fn read(path: &std::path::Path) -> Result<formats::Read, String> {
    let read = formats::read(path)?;
    if !read.ignored.is_empty() {
        eprintln!(
            "sightline: {} has what a journey does not take, left out: {}",
            path.display(),
            read.ignored.join("; ")
        );
    }
    Ok(read)
}
