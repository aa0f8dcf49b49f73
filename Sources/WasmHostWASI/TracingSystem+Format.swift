/// Text forms of WASI values in trace lines.
enum TraceFormat {
    /// `[N]byte("…")`: printable ASCII as-is, `\"`, `\n`, `\r` escaped, bytes ≤ 9 as `\D`, others `\xNN`;
    /// cut after `limit` bytes (negative: no limit) with `...`.
    static func bytes(_ data: UnsafeRawBufferPointer, limit: Int) -> String {
        var text = "[\(data.count)]byte(\""
        let shown = limit < 0 ? data.count : min(limit, data.count)
        for byte in data.prefix(shown) { escape(byte, into: &text) }
        text += "\""
        if shown < data.count { text += "..." }
        return text + ")"
    }

    static func escape(_ byte: UInt8, into text: inout String) {
        switch byte {
        case UInt8(ascii: "\""): text += "\\\""
        case UInt8(ascii: "\n"): text += "\\n"
        case UInt8(ascii: "\r"): text += "\\r"
        case 0...9: text += "\\\(byte)"
        case 0x20...0x7E: text.unicodeScalars.append(Unicode.Scalar(byte))
        default:
            let hex = String(byte, radix: 16)
            text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
        }
    }

    static func string(_ s: String, limit: Int) -> String {
        var text = "\""
        let bytes = Array(s.utf8)
        let shown = limit < 0 ? bytes.count : min(limit, bytes.count)
        for byte in bytes.prefix(shown) { escape(byte, into: &text) }
        text += "\""
        return shown < bytes.count ? text + "..." : text
    }

    /// `[n]IOVec{[a]byte, [b]byte}` (the shape) or, with `data`, each buffer's bytes.
    static func iovecs(_ iovecs: IOVecs, limit: Int, data: Bool, upTo total: Int = .max) -> String {
        var parts: [String] = []
        var remaining = total
        for iov in iovecs {
            if data {
                let n = min(iov.count, max(remaining, 0))
                parts.append(bytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(iov)[0..<n]), limit: limit))
                remaining -= n
            } else {
                parts.append("[\(iov.count)]byte")
            }
        }
        return "[\(iovecs.count)]IOVec{" + parts.joined(separator: ", ") + "}"
    }

    static let rightNames = ["FDDataSync", "FDRead", "FDSeek", "FDStatSetFlags", "FDSync", "FDTell", "FDWrite",
                             "FDAdvise", "FDAllocate", "PathCreateDirectory", "PathCreateFile", "PathLinkSource",
                             "PathLinkTarget", "PathOpen", "FDReadDir", "PathReadLink", "PathRenameSource",
                             "PathRenameTarget", "PathFileStatGet", "PathFileStatSetSize", "PathFileStatSetTimes",
                             "FDFileStatGet", "FDFileStatSetSize", "FDFileStatSetTimes", "PathSymlink",
                             "PathRemoveDirectory", "PathUnlinkFile", "PollFDReadWrite", "SockShutdown", "SockAccept"]

    static func rights(_ r: Rights) -> String {
        let named: [(Rights, String)] = [(.all, "AllRights"), (Rights.directory.union(.file), "DirectoryRights|FileRights"),
                                         (.directory, "DirectoryRights"), (.file, "FileRights"), (.tty, "TTYRights"),
                                         (Rights.sockListen.union(.sockConnection), "SockListenRights|SockConnectionRights"),
                                         (.sockListen, "SockListenRights"), (.sockConnection, "SockConnectionRights")]
        if let match = named.first(where: { $0.0 == r }) { return match.1 }
        if r.isEmpty { return "Rights(0)" }
        return flags(r.rawValue, rightNames)
    }

    static func flags<T: BinaryInteger>(_ value: T, _ names: [String], empty: String = "") -> String {
        var parts: [String] = []
        for (bit, name) in names.enumerated() where (UInt64(value) >> UInt64(bit)) & 1 == 1 { parts.append(name) }
        let unknown = UInt64(value) >> UInt64(names.count)
        if unknown != 0 { parts.append("0x" + String(unknown << UInt64(names.count), radix: 16)) }
        return parts.isEmpty ? empty : parts.joined(separator: "|")
    }

    static func fdFlags(_ f: FDFlags) -> String {
        flags(f.rawValue, ["Append", "DSync", "NonBlock", "RSync", "Sync"], empty: "FDFlags(0)")
    }
    static func openFlags(_ f: OpenFlags) -> String {
        flags(f.rawValue, ["Create", "Directory", "Exclusive", "Truncate"], empty: "OpenFlags(0)")
    }
    static func lookupFlags(_ f: LookupFlags) -> String {
        flags(f.rawValue, ["SymlinkFollow"], empty: "LookupFlags(0)")
    }
    static func fstFlags(_ f: FSTFlags) -> String {
        flags(f.rawValue, ["AccessTime", "AccessTimeNow", "ModifyTime", "ModifyTimeNow"], empty: "FSTFlags(0)")
    }

    static func fileType(_ t: FileType) -> String {
        ["UnknownType", "BlockDeviceType", "CharacterDeviceType", "DirectoryType", "RegularFileType",
         "SocketDGramType", "SocketStreamType", "SymbolicLinkType"][Int(t.rawValue)]
    }

    static func fdStat(_ s: FDStat) -> String {
        "{FileType:\(fileType(s.fileType)),Flags:\(fdFlags(s.flags)),RightsBase:\(rights(s.rightsBase)),RightsInheriting:\(rights(s.rightsInheriting))}"
    }

    static func fileStat(_ s: FileStat) -> String {
        "{Device:\(s.device),INode:\(s.inode),FileType:\(fileType(s.fileType)),NLink:\(s.linkCount),Size:\(s.size),AccessTime:\(s.accessTime),ModifyTime:\(s.modifyTime),ChangeTime:\(s.changeTime)}"
    }

    static func subscription(_ s: Subscription) -> String {
        switch s.kind {
        case .clock(let id, let timeout, let precision, let absolute):
            "{UserData:\(s.userData),Clock:{ID:\(id),Timeout:\(timeout),Precision:\(precision)\(absolute ? ",Abstime" : "")}}"
        case .fdRead(let fd): "{UserData:\(s.userData),FDRead:\(fd)}"
        case .fdWrite(let fd): "{UserData:\(s.userData),FDWrite:\(fd)}"
        }
    }

    static func event(_ e: Event) -> String {
        let type = ["ClockEvent", "FDReadEvent", "FDWriteEvent"][Int(e.type.rawValue)]
        let errno = e.errno == .success ? "" : ",Errno:E\(e.errno.name)"
        let nbytes = e.nbytes == 0 ? "" : ",NBytes:\(e.nbytes)"
        return "{UserData:\(e.userData),Type:\(type)\(errno)\(nbytes)\(e.hangup ? ",Hangup" : "")}"
    }
}
