mermaid.initialize({ startOnLoad: true });
