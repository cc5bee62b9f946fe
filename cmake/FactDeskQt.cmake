# Picks the Qt major version: Qt 6 where KF6SyntaxHighlighting exists (or where
# KSyntaxHighlighting is switched off), otherwise Qt 5.15 + KF5SyntaxHighlighting,
# which is what Debian 12 ships.
# Network: the tests' TCP relay that cuts a team project's line (tests/project/cuttingproxy.h).
set(_fd_components Core Sql Test Network)
if(FACTDESK_GUI)
    list(APPEND _fd_components Gui Widgets LinguistTools)
endif()

if(FACTDESK_QT_MAJOR_VERSION)
    set(QT_MAJOR_VERSION ${FACTDESK_QT_MAJOR_VERSION})
elseif(FACTDESK_GUI AND FACTDESK_WITH_KSYNTAXHIGHLIGHTING)
    # Probe for KF6 alone: a Qt 6 found and then dropped would leave the
    # versionless Qt:: targets pointing at Qt 6.
    find_package(KF6SyntaxHighlighting QUIET)
    if(KF6SyntaxHighlighting_FOUND)
        set(QT_MAJOR_VERSION 6)
    else()
        set(QT_MAJOR_VERSION 5)
    endif()
else()
    find_package(Qt6 6.4 QUIET COMPONENTS ${_fd_components})
    if(Qt6_FOUND)
        set(QT_MAJOR_VERSION 6)
    else()
        set(QT_MAJOR_VERSION 5)
    endif()
endif()

if(QT_MAJOR_VERSION EQUAL 6)
    find_package(Qt6 6.4 REQUIRED COMPONENTS ${_fd_components})
else()
    find_package(Qt5 5.15 REQUIRED COMPONENTS ${_fd_components})
endif()
set(QT_VERSION ${Qt${QT_MAJOR_VERSION}Core_VERSION})

set(FACTDESK_HAVE_KSH OFF)
if(FACTDESK_GUI AND FACTDESK_WITH_KSYNTAXHIGHLIGHTING)
    find_package(KF${QT_MAJOR_VERSION}SyntaxHighlighting REQUIRED)
    set(FACTDESK_HAVE_KSH ON)
endif()
