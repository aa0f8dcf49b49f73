// A real Rust std program (Debian's rustc + libstd-rust-dev-wasm32, target wasm32-wasi): std's own
// startup (preopen scan, args, environment), std::fs on the root preopen "/", std::io stdio, clocks and
// sleeping (poll_oneoff). With the argument "read-only" it only reads (run against a `:ro` preopen) and
// checks that writing is refused. Prints what it saw (compared with the expected stdout).
use std::fs;
use std::io::{Read, Write};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn read_only() {
    let text = fs::read_to_string("/lseek.txt").expect("read lseek.txt");
    println!("read: {}", text);
    let mut names: Vec<String> = fs::read_dir("/")
        .expect("read_dir /")
        .map(|entry| entry.expect("entry").file_name().into_string().expect("utf-8"))
        .collect();
    names.sort();
    println!("dir: {:?}", names);
    println!("len: {}", fs::metadata("/lseek.txt").expect("metadata").len());
    println!("write refused: {}", fs::write("/new.txt", b"x").is_err());
    println!("create_dir refused: {}", fs::create_dir("/new").is_err());
    println!("remove refused: {}", fs::remove_file("/lseek.txt").is_err());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    println!("args: {:?}", &args[1..]);
    if args.get(1).map(String::as_str) == Some("read-only") {
        read_only();
        return;
    }
    let mut vars: Vec<(String, String)> = std::env::vars().collect();
    vars.sort();
    for (key, value) in vars {
        println!("env {}={:?}", key, value);
    }
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).expect("stdin");
    println!("stdin: {:?}", input);

    fs::create_dir_all("/rust.cleanup/sub").expect("create_dir_all");
    fs::write("/rust.cleanup/sub/a.txt", b"hello from rust std").expect("write");
    println!("read: {}", fs::read_to_string("/rust.cleanup/sub/a.txt").expect("read_to_string"));
    let mut file = fs::OpenOptions::new().append(true).open("/rust.cleanup/sub/a.txt").expect("append");
    file.write_all(b"!").expect("write_all");
    drop(file);
    println!("len: {}", fs::metadata("/rust.cleanup/sub/a.txt").expect("metadata").len());
    fs::rename("/rust.cleanup/sub/a.txt", "/rust.cleanup/sub/b.txt").expect("rename");
    fs::hard_link("/rust.cleanup/sub/b.txt", "/rust.cleanup/sub/c.txt").expect("hard_link");
    fs::copy("/rust.cleanup/sub/b.txt", "/rust.cleanup/d.txt").expect("copy");
    let mut names: Vec<(String, u64, bool)> = fs::read_dir("/rust.cleanup/sub")
        .expect("read_dir")
        .map(|entry| {
            let entry = entry.expect("entry");
            let meta = entry.metadata().expect("entry metadata");
            (entry.file_name().into_string().expect("utf-8"), meta.len(), meta.is_file())
        })
        .collect();
    names.sort();
    println!("dir: {:?}", names);
    println!("missing: {:?}", fs::metadata("/rust.cleanup/missing").map_err(|e| e.kind()).err());
    println!("escape: {}", fs::read("/../lseek.txt").is_err() && fs::read("/rust.cleanup/../../x").is_err());
    fs::remove_dir_all("/rust.cleanup").expect("remove_dir_all");
    println!("removed: {}", fs::metadata("/rust.cleanup").is_err());
    println!("relative: {}", fs::read_to_string("lseek.txt").expect("relative path"));

    let start = Instant::now();
    std::thread::sleep(Duration::from_millis(20));
    println!("slept: {}", start.elapsed() >= Duration::from_millis(20));
    let now = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_secs();
    println!("realtime sane: {}", now > 1_600_000_000);
    eprintln!("to stderr");
    std::process::exit(if std::env::var("EXIT").is_ok() { 3 } else { 0 });
}
