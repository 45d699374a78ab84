"""The Textual views. A thin layer: keys post commands down to the session, views come up."""
