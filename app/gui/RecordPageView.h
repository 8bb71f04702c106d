// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordPage.h"

#include <QScrollArea>

class QLabel;
class QTreeWidget;
class QVBoxLayout;
class TimelineSection;

/// Shows a RecordPage: the country profile or the details of any other record, with links to related records.
class RecordPageView : public QScrollArea
{
    Q_OBJECT
public:
    explicit RecordPageView(QWidget* parent = nullptr);

    void showPage(const RecordPage& page);
    /// Shows the page again after a change, at the place it was scrolled to when it is the same record's.
    void refreshPage(const RecordPage& page);
    void showMessage(const QString& text);
    const RecordPage& page() const { return m_page; }
    /// The tree of a section ("dialogues", "events"…), for tests.
    QTreeWidget* sectionTree(const QString& id) const;
    /// The database a country profile's timeline reads; without one, profiles have no timeline.
    void setDatabasePath(const QString& path) { m_databasePath = path; }
    /// The timeline of the country shown, if the page is a country profile.
    TimelineSection* timeline() const;

    /// False while a refreshed page is still to be scrolled back to where the reader had it.
    bool isScrollSettled() const { return m_keepScroll < 0; }

signals:
    void navigateRequested(const NavTarget& target);

private:
    void clear();
    void addHeading(const QString& text);
    void openLink(const QString& link);
    QWidget* m_content;
    QVBoxLayout* m_layout;
    RecordPage m_page;
    QString m_databasePath;
    int m_keepScroll = -1; ///< where a refreshed page is to be scrolled back to once it is tall enough; -1 none
};
