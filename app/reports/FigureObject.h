// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/BriefingDocument.h"

#include <QFont>
#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

/// Puts a pack's figures into a QTextDocument as inline objects that paint themselves with FigurePainter, so the
/// layout moves them like a line of text and the PDF receives vectors, not pictures.
class FigureObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    /// `figures` must outlive the document; `base` carries the family and style strategy of the figures' text.
    FigureObject(const QList<BriefingFigure>& figures, const QFont& base, QObject* parent = nullptr);

    /// Registers the handler and turns every <img src="figure:ID"> of `doc` into its figure; fails naming an ID
    /// the figures lack.
    Status install(QTextDocument& doc);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    const QList<BriefingFigure>& m_figures;
    QFont m_base;
};
