export { answerQuestion, findTopic, type QuestionAnswer, type TopicMatch } from './answer-question';
export { TOPIC_IDS, isTopicId, topicAnswerKey, topicTitleKey, DECLINE_KEY, DID_YOU_MEAN_KEY, type TopicId } from './topic-ids';
