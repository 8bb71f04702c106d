// SPDX-License-Identifier: GPL-3.0-or-later
// The wait cursor is shown exactly while the work runs, and the one before comes back however the work ends.
#include "core/Result.h"
#include "gui/widgets/BusyCursor.h"

#include <QApplication>
#include <QTest>

#include <stdexcept>

class tst_BusyCursor : public QObject
{
    Q_OBJECT
private:
    static Qt::CursorShape shape()
    {
        const QCursor* c = QGuiApplication::overrideCursor();
        return c ? c->shape() : Qt::BitmapCursor; // BitmapCursor: no override at all
    }

private slots:
    void showsTheWaitCursorWhileTheWorkRuns()
    {
        QCOMPARE(shape(), Qt::BitmapCursor);
        Qt::CursorShape during = Qt::ArrowCursor;
        const Result<int> r = whileBusy([&] {
            during = shape();
            return Result<int>(42);
        });
        QCOMPARE(during, Qt::WaitCursor);
        QCOMPARE(*r, 42);
        QCOMPARE(shape(), Qt::BitmapCursor);
    }

    void putsThePreviousCursorBack()
    {
        QGuiApplication::setOverrideCursor(QCursor(Qt::CrossCursor));
        {
            const BusyCursor busy;
            QCOMPARE(shape(), Qt::WaitCursor);
            {
                const BusyCursor nested;
                QCOMPARE(shape(), Qt::WaitCursor);
            }
            QCOMPARE(shape(), Qt::WaitCursor);
        }
        QCOMPARE(shape(), Qt::CrossCursor);
        QGuiApplication::restoreOverrideCursor();
        QCOMPARE(shape(), Qt::BitmapCursor);
    }

    void restoresWhenTheWorkThrows()
    {
        try {
            whileBusy([]() -> int { throw std::runtime_error("failed"); });
        } catch (const std::runtime_error&) {
        }
        QCOMPARE(shape(), Qt::BitmapCursor);
    }
};

QTEST_MAIN(tst_BusyCursor)
#include "tst_BusyCursor.moc"
