// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/FigureObject.h"

#include "reports/FigurePainter.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {
constexpr int kObjectType = QTextFormat::UserObject + 17;
constexpr int kIndex = QTextFormat::UserProperty + 17;
const QString kScheme = QStringLiteral("figure:");
} // namespace

FigureObject::FigureObject(const QList<BriefingFigure>& figures, const QFont& base, QObject* parent)
    : QObject(parent), m_figures(figures), m_base(base)
{
}

Status FigureObject::install(QTextDocument& doc)
{
    doc.documentLayout()->registerHandler(kObjectType, this);
    QTextCursor edit(&doc);
    edit.beginEditBlock();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment frag = it.fragment();
            const QTextCharFormat f = frag.charFormat();
            if (!f.isImageFormat() || !f.toImageFormat().name().startsWith(kScheme))
                continue;
            const QString id = f.toImageFormat().name().mid(kScheme.size());
            int index = -1;
            for (int i = 0; i < m_figures.size() && index < 0; ++i)
                index = m_figures[i].id == id ? i : -1;
            if (index < 0) {
                edit.endEditBlock();
                return Status::failure(QStringLiteral("figure '%1': the pack has no such figure").arg(id));
            }
            QTextCharFormat object;
            object.setObjectType(kObjectType);
            object.setProperty(kIndex, index);
            QTextCursor c(&doc);
            c.setPosition(frag.position());
            c.setPosition(frag.position() + frag.length(), QTextCursor::KeepAnchor);
            c.setCharFormat(object);
        }
    }
    edit.endEditBlock();
    return {};
}

QSizeF FigureObject::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    const BriefingFigure& f = m_figures.at(format.property(kIndex).toInt());
    const QPaintDevice* device = doc->documentLayout()->paintDevice();
    const double mm = (device ? device->logicalDpiX() : 96) / 25.4;
    return QSizeF(f.widthMm * mm, f.heightMm * mm);
}

void FigureObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    FigurePainter(m_figures.at(format.property(kIndex).toInt()), m_base).paint(*painter, rect);
}
