;; An AssemblyScript program built without the WASI shim: its failed assertion calls the imported
;; env.abort(message, file, line, column) with AssemblyScript strings (UTF-16LE, byte length at
;; pointer - 4). wasm-run supplies env.abort: "abort: ... in ...(L:C)" on stderr and exit status 255.
(module
  (import "env" "abort" (func $abort (param i32 i32 i32 i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 12) "\04\00\00\00o\00k\00")
  (data (i32.const 28) "\08\00\00\00a\00.\00t\00s\00")
  (func (export "_start")
    (call $abort (i32.const 16) (i32.const 32) (i32.const 3) (i32.const 7))
    (call $proc_exit (i32.const 0))))
