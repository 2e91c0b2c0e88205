//! The app's layering, checked natively: no screen imports another (shared views live in
//! `src/views/`), and browser APIs are called from `src/platform/` only.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn files_under(dir: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut out);
    out
}

#[test]
fn no_screen_imports_another() {
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/pages");
    for file in files_under("src/pages") {
        let rel = file.strip_prefix(&pages).unwrap();
        let Some(screen) = rel
            .components()
            .next()
            .filter(|_| rel.components().count() > 1)
        else {
            continue; // src/pages/mod.rs: the props every screen takes
        };
        let screen = screen.as_os_str().to_str().unwrap();
        let text = fs::read_to_string(&file).unwrap();
        for line in text.lines().filter(|l| l.trim_start().starts_with("use ")) {
            for other in ["about", "dose", "forms", "quiz", "report", "trial"] {
                if other == screen {
                    continue;
                }
                for needle in [format!("pages::{other}"), format!("super::{other}")] {
                    assert!(
                        !line.contains(&needle),
                        "{} imports the {other} screen: {line}",
                        rel.display()
                    );
                }
            }
        }
    }
}

#[test]
fn browser_apis_only_in_platform() {
    for dir in [
        "src/pages",
        "src/views",
        "src/widgets",
        "src/shell",
        "src/state",
        "src/diary",
    ] {
        for file in files_under(dir) {
            let text = fs::read_to_string(&file).unwrap();
            for api in ["web_sys::", "js_sys::", "wasm_bindgen::"] {
                assert!(
                    !text.contains(api),
                    "{} calls {api} outside src/platform/",
                    file.display()
                );
            }
        }
    }
}
