//! Entry point of the browser app: mount and nothing else.

fn main() {
    sightline::start();
}
