#if canImport(Glibc)
import Glibc
#endif

/// A WASI preview1 error number (`errno`), as returned by every call. `success` is 0.
public enum Errno: UInt16, Error, Sendable, CaseIterable {
    case success = 0
    case tooBig = 1
    case access = 2
    case addressInUse = 3
    case addressNotAvailable = 4
    case addressFamilyNotSupported = 5
    case again = 6
    case already = 7
    case badf = 8
    case badMessage = 9
    case busy = 10
    case canceled = 11
    case child = 12
    case connectionAborted = 13
    case connectionRefused = 14
    case connectionReset = 15
    case deadlock = 16
    case destinationAddressRequired = 17
    case domain = 18
    case quota = 19
    case exist = 20
    case fault = 21
    case fileTooBig = 22
    case hostUnreachable = 23
    case identifierRemoved = 24
    case illegalSequence = 25
    case inProgress = 26
    case interrupted = 27
    case inval = 28
    case io = 29
    case isConnected = 30
    case isDirectory = 31
    case loop = 32
    case tooManyFiles = 33
    case tooManyLinks = 34
    case messageSize = 35
    case multihop = 36
    case nameTooLong = 37
    case networkDown = 38
    case networkReset = 39
    case networkUnreachable = 40
    case fileTableOverflow = 41
    case noBuffers = 42
    case noDevice = 43
    case noent = 44
    case noExec = 45
    case noLock = 46
    case noLink = 47
    case noMemory = 48
    case noMessage = 49
    case noProtocolOption = 50
    case noSpace = 51
    case nosys = 52
    case notConnected = 53
    case notDirectory = 54
    case notEmpty = 55
    case notRecoverable = 56
    case notSocket = 57
    case notSupported = 58
    case notTTY = 59
    case nxio = 60
    case overflow = 61
    case ownerDead = 62
    case perm = 63
    case pipe = 64
    case proto = 65
    case protocolNotSupported = 66
    case protocolType = 67
    case range = 68
    case readOnlyFS = 69
    case spipe = 70
    case noProcess = 71
    case stale = 72
    case timedOut = 73
    case textBusy = 74
    case crossDevice = 75
    case notCapable = 76

    /// The upper-case WASI name without the leading E (`"NOENT"`); the tracer prints it as `ENOENT`.
    public var name: String { Errno.names[Int(rawValue)] }
    /// A short human-readable message, like `strerror`.
    public var message: String { Errno.messages[Int(rawValue)] }

    static let names: [String] = [
        "SUCCESS", "2BIG", "ACCES", "ADDRINUSE", "ADDRNOTAVAIL", "AFNOSUPPORT", "AGAIN", "ALREADY", "BADF", "BADMSG", "BUSY", "CANCELED", "CHILD", "CONNABORTED", "CONNREFUSED", "CONNRESET", "DEADLK", "DESTADDRREQ", "DOM", "DQUOT", "EXIST", "FAULT", "FBIG", "HOSTUNREACH", "IDRM", "ILSEQ", "INPROGRESS", "INTR", "INVAL", "IO", "ISCONN", "ISDIR", "LOOP", "MFILE", "MLINK", "MSGSIZE", "MULTIHOP", "NAMETOOLONG", "NETDOWN", "NETRESET", "NETUNREACH", "NFILE", "NOBUFS", "NODEV", "NOENT", "NOEXEC", "NOLCK", "NOLINK", "NOMEM", "NOMSG", "NOPROTOOPT", "NOSPC", "NOSYS", "NOTCONN", "NOTDIR", "NOTEMPTY", "NOTRECOVERABLE", "NOTSOCK", "NOTSUP", "NOTTY", "NXIO", "OVERFLOW", "OWNERDEAD", "PERM", "PIPE", "PROTO", "PROTONOSUPPORT", "PROTOTYPE", "RANGE", "ROFS", "SPIPE", "SRCH", "STALE", "TIMEDOUT", "TXTBSY", "XDEV", "NOTCAPABLE",
    ]

    static let messages: [String] = [
        "OK",
        "Argument list too long",
        "Permission denied",
        "Address already in use",
        "Cannot assign requested address",
        "Address family not supported by protocol",
        "Try again",
        "Operation already in progress",
        "Bad file number",
        "Not a data message",
        "Device or resource busy",
        "Operation canceled",
        "No child processes",
        "Software caused connection abort",
        "Connection refused",
        "Connection reset by peer",
        "Resource deadlock would occur",
        "Destination address required",
        "Math argument out of domain of func",
        "Quota exceeded",
        "File exists",
        "Bad address",
        "File too large",
        "No route to host",
        "Identifier removed",
        "Illegal byte sequence",
        "Operation now in progress",
        "Interrupted system call",
        "Invalid argument",
        "I/O error",
        "Transport endpoint is already connected",
        "Is a directory",
        "Too many symbolic links encountered",
        "Too many open files",
        "Too many links",
        "Message too long",
        "Multihop attempted",
        "File name too long",
        "Network is down",
        "Network dropped connection because of reset",
        "Network is unreachable",
        "File table overflow",
        "No buffer space available",
        "No such device",
        "No such file or directory",
        "Exec format error",
        "No record locks available",
        "Link has been severed",
        "Out of memory",
        "No message of desired type",
        "Protocol not available",
        "No space left on device",
        "Function not implemented",
        "Transport endpoint is not connected",
        "Not a directory",
        "Directory not empty",
        "State not recoverable",
        "Socket operation on non-socket",
        "Operation not supported",
        "Not a typewriter",
        "No such device or address",
        "Value too large for defined data type",
        "Owner died",
        "Operation not permitted",
        "Broken pipe",
        "Protocol error",
        "Protocol not supported",
        "Protocol wrong type for socket",
        "Math result not representable",
        "Read-only file system",
        "Illegal seek",
        "No such process",
        "Stale file handle",
        "Connection timed out",
        "Text file busy",
        "Cross-device link",
        "Capabilities insufficient",
    ]

    /// Maps a host (Linux) errno to its WASI value; anything unknown becomes `io`.
    public init(host code: Int32) {
        switch code {
        case E2BIG: self = .tooBig
        case EACCES: self = .access
        case EADDRINUSE: self = .addressInUse
        case EADDRNOTAVAIL: self = .addressNotAvailable
        case EAFNOSUPPORT: self = .addressFamilyNotSupported
        case EAGAIN: self = .again
        case EALREADY: self = .already
        case EBADF: self = .badf
        case EBADMSG: self = .badMessage
        case EBUSY: self = .busy
        case ECANCELED: self = .canceled
        case ECHILD: self = .child
        case ECONNABORTED: self = .connectionAborted
        case ECONNREFUSED: self = .connectionRefused
        case ECONNRESET: self = .connectionReset
        case EDEADLK: self = .deadlock
        case EDESTADDRREQ: self = .destinationAddressRequired
        case EDOM: self = .domain
        case EDQUOT: self = .quota
        case EEXIST: self = .exist
        case EFAULT: self = .fault
        case EFBIG: self = .fileTooBig
        case EHOSTUNREACH: self = .hostUnreachable
        case EIDRM: self = .identifierRemoved
        case EILSEQ: self = .illegalSequence
        case EINPROGRESS: self = .inProgress
        case EINTR: self = .interrupted
        case EINVAL: self = .inval
        case EIO: self = .io
        case EISCONN: self = .isConnected
        case EISDIR: self = .isDirectory
        case ELOOP: self = .loop
        case EMFILE: self = .tooManyFiles
        case EMLINK: self = .tooManyLinks
        case EMSGSIZE: self = .messageSize
        case EMULTIHOP: self = .multihop
        case ENAMETOOLONG: self = .nameTooLong
        case ENETDOWN: self = .networkDown
        case ENETRESET: self = .networkReset
        case ENETUNREACH: self = .networkUnreachable
        case ENFILE: self = .fileTableOverflow
        case ENOBUFS: self = .noBuffers
        case ENODEV: self = .noDevice
        case ENOENT: self = .noent
        case ENOEXEC: self = .noExec
        case ENOLCK: self = .noLock
        case ENOLINK: self = .noLink
        case ENOMEM: self = .noMemory
        case ENOMSG: self = .noMessage
        case ENOPROTOOPT: self = .noProtocolOption
        case ENOSPC: self = .noSpace
        case ENOSYS: self = .nosys
        case ENOTCONN: self = .notConnected
        case ENOTDIR: self = .notDirectory
        case ENOTEMPTY: self = .notEmpty
        case ENOTRECOVERABLE: self = .notRecoverable
        case ENOTSOCK: self = .notSocket
        case ENOTSUP: self = .notSupported
        case ENOTTY: self = .notTTY
        case ENXIO: self = .nxio
        case EOVERFLOW: self = .overflow
        case EOWNERDEAD: self = .ownerDead
        case EPERM: self = .perm
        case EPIPE: self = .pipe
        case EPROTO: self = .proto
        case EPROTONOSUPPORT: self = .protocolNotSupported
        case EPROTOTYPE: self = .protocolType
        case ERANGE: self = .range
        case EROFS: self = .readOnlyFS
        case ESPIPE: self = .spipe
        case ESRCH: self = .noProcess
        case ESTALE: self = .stale
        case ETIMEDOUT: self = .timedOut
        case ETXTBSY: self = .textBusy
        case EXDEV: self = .crossDevice
        default: self = .io
        }
    }

    /// The current thread's host `errno`, mapped.
    static var current: Errno { Errno(host: errno) }
}
