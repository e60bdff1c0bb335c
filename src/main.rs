//! Entry point of the browser app: mount and nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    sightline::start();
}
