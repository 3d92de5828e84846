package io.astroupgrade.runtime.considerations;

/**
 * Why a consideration applies to this project.
 *
 * @param file   path relative to the project ("requirements.txt", "dags/etl.py"), or null when no file is involved
 * @param line   1-based line, or 0 when the finding is about the whole file (or its absence)
 * @param reason the full sentence to show, location included
 */
public record Finding(String file, int line, String reason) {}
