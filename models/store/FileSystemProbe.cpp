#include "FileSystemProbe.h"

#include <QFile>

#include <array>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

bool FileSystemProbe::isNetworkFileSystem(const QString &folder)
{
#ifdef Q_OS_LINUX
    struct statfs info
    {
    };
    if (statfs(QFile::encodeName(folder).constData(), &info) != 0)
        return false;
    // Magic numbers from linux/magic.h and the file systems' own headers. FUSE is included
    // because sshfs and most remote mounts use it; a local FUSE store merely loses WAL.
    constexpr std::array<unsigned long, 9> networkMagics = {
        0x6969UL, // NFS
        0x517BUL, // SMB
        0xFF534D42UL, // CIFS
        0xFE534D42UL, // SMB2
        0x73757245UL, // Coda
        0x5346414FUL, // AFS
        0x65735546UL, // FUSE (sshfs, rclone, …)
        0x01021997UL, // 9P (WSL drive mounts, VM shares)
        0x00C36400UL, // Ceph
    };
    const auto type = static_cast<unsigned long>(info.f_type);
    for (unsigned long magic : networkMagics) {
        if (type == magic)
            return true;
    }
    return false;
#else
    Q_UNUSED(folder);
    return false;
#endif
}
