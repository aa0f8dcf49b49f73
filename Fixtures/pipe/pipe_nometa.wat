;; Imports the pipe functions but has no __pipe export (the original's InitContext panics).
(module
  (import "pantopic/wazero-pipe" "__pipe_send" (func $send))
  (memory (export "memory") 1)
  (func (export "send") (call $send)))
