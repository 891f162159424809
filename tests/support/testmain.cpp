#include <QCoreApplication>

#include <gtest/gtest.h>

// Test executables share this main: a Qt application object exists for the whole run, so code
// under test can use timers, events and translations.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
