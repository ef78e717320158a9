/**
 * Personal data protection: AES-GCM encryption at rest with rotatable keys. National ID
 * numbers, birth dates and anything a person typed (which may hold them) pass through
 * here before Redis.
 */
package tw.workshopbot.privacy;
