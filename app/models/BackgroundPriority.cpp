// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BackgroundPriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace BackgroundPriority {
void lowerCurrentThread()
{
#ifdef Q_OS_LINUX
    // On Linux a nice value belongs to one thread (its tid), not the whole process. A failure leaves the thread
    // as it was, which is only slower for the foreground.
    const int rc = setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
    Q_UNUSED(rc);
#endif
}
} // namespace BackgroundPriority
