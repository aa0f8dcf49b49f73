import WasmHost

private let i32 = ValueType.i32
private let i64 = ValueType.i64

extension GuestMemory {
    func storeFDStat(_ stat: FDStat, _ address: UInt32) throws(Errno) {
        let out = try bytes(address, 24)
        out.initializeMemory(as: UInt8.self, repeating: 0)
        out.storeBytes(of: stat.fileType.rawValue, toByteOffset: 0, as: UInt8.self)
        out.storeBytes(of: stat.flags.rawValue.littleEndian, toByteOffset: 2, as: UInt16.self)
        out.storeBytes(of: stat.rightsBase.rawValue.littleEndian, toByteOffset: 8, as: UInt64.self)
        out.storeBytes(of: stat.rightsInheriting.rawValue.littleEndian, toByteOffset: 16, as: UInt64.self)
    }

    func storeFileStat(_ stat: FileStat, _ address: UInt32) throws(Errno) {
        let out = try bytes(address, 64)
        out.initializeMemory(as: UInt8.self, repeating: 0)
        out.storeBytes(of: stat.device.littleEndian, toByteOffset: 0, as: UInt64.self)
        out.storeBytes(of: stat.inode.littleEndian, toByteOffset: 8, as: UInt64.self)
        out.storeBytes(of: stat.fileType.rawValue, toByteOffset: 16, as: UInt8.self)
        out.storeBytes(of: stat.linkCount.littleEndian, toByteOffset: 24, as: UInt64.self)
        out.storeBytes(of: stat.size.littleEndian, toByteOffset: 32, as: UInt64.self)
        out.storeBytes(of: stat.accessTime.littleEndian, toByteOffset: 40, as: UInt64.self)
        out.storeBytes(of: stat.modifyTime.littleEndian, toByteOffset: 48, as: UInt64.self)
        out.storeBytes(of: stat.changeTime.littleEndian, toByteOffset: 56, as: UInt64.self)
    }
}

private func fd(_ s: Slots, _ i: Int) -> FD { FD(bitPattern: s.u32(i)) }

extension WASIModule {
    static func addFDFunctions(_ d: inout Definitions, _ state: WASIState) {
        d.add("fd_advise", [i32, i64, i64, i32]) { sys, _, s throws(Errno) in
            guard let advice = Advice(rawValue: UInt8(truncatingIfNeeded: s.u32(3))), s.u32(3) <= 5 else { throw .inval }
            try sys.fdAdvise(fd(s, 0), offset: s.u64(1), length: s.u64(2), advice: advice)
        }
        d.add("fd_allocate", [i32, i64, i64]) { sys, _, s throws(Errno) in
            try sys.fdAllocate(fd(s, 0), offset: s.u64(1), length: s.u64(2))
        }
        d.add("fd_close", [i32]) { sys, _, s throws(Errno) in try sys.fdClose(fd(s, 0)) }
        d.add("fd_datasync", [i32]) { sys, _, s throws(Errno) in try sys.fdDataSync(fd(s, 0)) }
        d.add("fd_sync", [i32]) { sys, _, s throws(Errno) in try sys.fdSync(fd(s, 0)) }
        d.add("fd_fdstat_get", [i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(1), 24)
            try m.storeFDStat(try sys.fdStatGet(fd(s, 0)), s.u32(1))
        }
        d.add("fd_fdstat_set_flags", [i32, i32]) { sys, _, s throws(Errno) in
            guard s.u32(1) <= 0x1F else { throw .inval }
            try sys.fdStatSetFlags(fd(s, 0), flags: FDFlags(rawValue: UInt16(s.u32(1))))
        }
        d.add("fd_fdstat_set_rights", [i32, i64, i64]) { sys, _, s throws(Errno) in
            try sys.fdStatSetRights(fd(s, 0), base: Rights(rawValue: s.u64(1)), inheriting: Rights(rawValue: s.u64(2)))
        }
        d.add("fd_filestat_get", [i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(1), 64)
            try m.storeFileStat(try sys.fdFileStatGet(fd(s, 0)), s.u32(1))
        }
        d.add("fd_filestat_set_size", [i32, i64]) { sys, _, s throws(Errno) in
            try sys.fdFileStatSetSize(fd(s, 0), size: s.u64(1))
        }
        d.add("fd_filestat_set_times", [i32, i64, i64, i32]) { sys, _, s throws(Errno) in
            guard s.u32(3) <= 0xFFFF else { throw .inval }
            try sys.fdFileStatSetTimes(fd(s, 0), accessTime: s.u64(1), modifyTime: s.u64(2),
                                       flags: FSTFlags(rawValue: UInt16(s.u32(3))))
        }
        d.add("fd_pread", [i32, i32, i32, i64, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(4), 4)
            let n = try sys.fdPread(fd(s, 0), try state.decodeIOVecs(m, s.u32(1), s.u32(2)), offset: s.u64(3))
            try m.store(UInt32(truncatingIfNeeded: n), s.u32(4))
        }
        d.add("fd_pwrite", [i32, i32, i32, i64, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(4), 4)
            let n = try sys.fdPwrite(fd(s, 0), try state.decodeIOVecs(m, s.u32(1), s.u32(2)), offset: s.u64(3))
            try m.store(UInt32(truncatingIfNeeded: n), s.u32(4))
        }
        d.add("fd_read", [i32, i32, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(3), 4)
            let n = try sys.fdRead(fd(s, 0), try state.decodeIOVecs(m, s.u32(1), s.u32(2)))
            try m.store(UInt32(truncatingIfNeeded: n), s.u32(3))
        }
        d.add("fd_write", [i32, i32, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(3), 4)
            let n = try sys.fdWrite(fd(s, 0), try state.decodeIOVecs(m, s.u32(1), s.u32(2)))
            try m.store(UInt32(truncatingIfNeeded: n), s.u32(3))
        }
        d.add("fd_prestat_get", [i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(1), 8)
            let name = try sys.fdPreStatGet(fd(s, 0))
            try m.store(UInt32(0), s.u32(1))
            try m.store(UInt32(truncatingIfNeeded: name.utf8.count), s.u32(1) &+ 4)
        }
        d.add("fd_prestat_dir_name", [i32, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            let out = try m.bytes(s.u32(1), s.u32(2))
            let name = Array(try sys.fdPreStatGet(fd(s, 0)).utf8)
            guard out.count >= name.count else { throw .inval }
            _ = UnsafeMutableRawBufferPointer(rebasing: out[0..<name.count]).initializeMemory(as: UInt8.self, from: name)
        }
        d.add("fd_readdir", [i32, i32, i32, i64, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            let out = try m.bytes(s.u32(1), s.u32(2))
            _ = try m.bytes(s.u32(4), 4)
            state.entries.removeAll(keepingCapacity: true)
            try sys.fdReadDir(fd(s, 0), cookie: s.u64(3), bufferSize: out.count, into: &state.entries)
            var used = 0
            var header = [UInt8](repeating: 0, count: 24)
            for entry in state.entries where used < out.count {
                header.withUnsafeMutableBytes { h in
                    h.storeBytes(of: entry.next.littleEndian, toByteOffset: 0, as: UInt64.self)
                    h.storeBytes(of: entry.inode.littleEndian, toByteOffset: 8, as: UInt64.self)
                    h.storeBytes(of: UInt32(truncatingIfNeeded: entry.name.count).littleEndian, toByteOffset: 16, as: UInt32.self)
                    h.storeBytes(of: UInt32(entry.type.rawValue).littleEndian, toByteOffset: 20, as: UInt32.self)
                }
                for part in [header, entry.name] {
                    let n = min(part.count, out.count - used)
                    part.withUnsafeBytes { (out.baseAddress! + used).copyMemory(from: $0.baseAddress!, byteCount: n) }
                    used += n
                }
            }
            try m.store(UInt32(used), s.u32(4))
        }
        d.add("fd_renumber", [i32, i32]) { sys, _, s throws(Errno) in try sys.fdRenumber(from: fd(s, 0), to: fd(s, 1)) }
        d.add("fd_seek", [i32, i64, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            guard let whence = Whence(rawValue: UInt8(truncatingIfNeeded: s.u32(2))), s.u32(2) <= 2 else { throw .inval }
            _ = try m.bytes(s.u32(3), 8)
            try m.store(try sys.fdSeek(fd(s, 0), offset: Int64(bitPattern: s.u64(1)), whence: whence), s.u32(3))
        }
        d.add("fd_tell", [i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(1), 8)
            try m.store(try sys.fdTell(fd(s, 0)), s.u32(1))
        }
    }

    static func addPathFunctions(_ d: inout Definitions, _ state: WASIState) {
        d.add("path_create_directory", [i32, i32, i32]) { sys, c, s throws(Errno) in
            try sys.pathCreateDirectory(fd(s, 0), try GuestMemory(c).string(s.u32(1), s.u32(2)))
        }
        d.add("path_filestat_get", [i32, i32, i32, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(4), 64)
            let stat = try sys.pathFileStatGet(fd(s, 0), flags: LookupFlags(rawValue: s.u32(1)), try m.string(s.u32(2), s.u32(3)))
            try m.storeFileStat(stat, s.u32(4))
        }
        d.add("path_filestat_set_times", [i32, i32, i32, i32, i64, i64, i32]) { sys, c, s throws(Errno) in
            guard s.u32(6) <= 0xFFFF else { throw .inval }
            try sys.pathFileStatSetTimes(fd(s, 0), flags: LookupFlags(rawValue: s.u32(1)),
                                         try GuestMemory(c).string(s.u32(2), s.u32(3)), accessTime: s.u64(4),
                                         modifyTime: s.u64(5), fstFlags: FSTFlags(rawValue: UInt16(s.u32(6))))
        }
        d.add("path_link", [i32, i32, i32, i32, i32, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            try sys.pathLink(fd(s, 0), flags: LookupFlags(rawValue: s.u32(1)), try m.string(s.u32(2), s.u32(3)),
                             fd(s, 4), try m.string(s.u32(5), s.u32(6)))
        }
        d.add("path_open", [i32, i32, i32, i32, i32, i64, i64, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            _ = try m.bytes(s.u32(8), 4)
            guard s.u32(4) <= 0xF, s.u32(7) <= 0x1F else { throw .inval }
            let new = try sys.pathOpen(fd(s, 0), dirFlags: LookupFlags(rawValue: s.u32(1)), try m.string(s.u32(2), s.u32(3)),
                                       openFlags: OpenFlags(rawValue: UInt16(s.u32(4))), rightsBase: Rights(rawValue: s.u64(5)),
                                       rightsInheriting: Rights(rawValue: s.u64(6)), fdFlags: FDFlags(rawValue: UInt16(s.u32(7))))
            try m.store(UInt32(bitPattern: new), s.u32(8))
        }
        d.add("path_readlink", [i32, i32, i32, i32, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            let out = try m.bytes(s.u32(3), s.u32(4))
            _ = try m.bytes(s.u32(5), 4)
            let target = try sys.pathReadLink(fd(s, 0), try m.string(s.u32(1), s.u32(2)))
            let n = min(target.count, out.count)
            if n > 0 { target.withUnsafeBytes { out.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: n) } }
            try m.store(UInt32(n), s.u32(5))
        }
        d.add("path_remove_directory", [i32, i32, i32]) { sys, c, s throws(Errno) in
            try sys.pathRemoveDirectory(fd(s, 0), try GuestMemory(c).string(s.u32(1), s.u32(2)))
        }
        d.add("path_rename", [i32, i32, i32, i32, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            try sys.pathRename(fd(s, 0), try m.string(s.u32(1), s.u32(2)), fd(s, 3), try m.string(s.u32(4), s.u32(5)))
        }
        d.add("path_symlink", [i32, i32, i32, i32, i32]) { sys, c, s throws(Errno) in
            let m = try GuestMemory(c)
            try sys.pathSymlink(try m.string(s.u32(0), s.u32(1)), fd(s, 2), try m.string(s.u32(3), s.u32(4)))
        }
        d.add("path_unlink_file", [i32, i32, i32]) { sys, c, s throws(Errno) in
            try sys.pathUnlinkFile(fd(s, 0), try GuestMemory(c).string(s.u32(1), s.u32(2)))
        }
    }
}
